// Declarations-only stub of Go 1.19's package container/heap, for gocc's type
// checker. Function bodies come later, with code generation.
// tests/stdlib/verify.go checks every exported declaration against the real package.

package heap

import "sort"

// Interface is the heap interface: a sort.Interface with Push and Pop.
type Interface interface {
	sort.Interface
	Push(x any) // add x as element Len()
	Pop() any   // remove and return element Len() - 1.
}

func Init(h Interface)
func Push(h Interface, x any)
func Pop(h Interface) any
func Remove(h Interface, i int) any
func Fix(h Interface, i int)
