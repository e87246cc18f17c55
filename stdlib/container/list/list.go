// Declarations-only stub of Go 1.19's package container/list, for gocc's type
// checker. Method bodies come later, with code generation.
// tests/stdlib/verify.go checks every exported declaration against the real package.

package list

// Element is an element of a linked list.
type Element struct {
	next, prev *Element
	list       *List

	// The value stored with this element.
	Value any
}

func (e *Element) Next() *Element
func (e *Element) Prev() *Element

// List represents a doubly linked list. The zero value is an empty list.
type List struct {
	root Element // sentinel list element, only &root, root.prev, and root.next are used
	len  int     // current list length excluding (this) sentinel element
}

func New() *List
func (l *List) Init() *List
func (l *List) Len() int
func (l *List) Front() *Element
func (l *List) Back() *Element
func (l *List) Remove(e *Element) any
func (l *List) PushFront(v any) *Element
func (l *List) PushBack(v any) *Element
func (l *List) InsertBefore(v any, mark *Element) *Element
func (l *List) InsertAfter(v any, mark *Element) *Element
func (l *List) MoveToFront(e *Element)
func (l *List) MoveToBack(e *Element)
func (l *List) MoveBefore(e, mark *Element)
func (l *List) MoveAfter(e, mark *Element)
func (l *List) PushBackList(other *List)
func (l *List) PushFrontList(other *List)
