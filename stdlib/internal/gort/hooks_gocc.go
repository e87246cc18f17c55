//go:build gocc

// Runtime hooks: implemented in C (runtime/hooks_gort.c) as gocc_internal_gort_<Name>.

package gort

import "unsafe"

// IfaceElem returns the dynamic type and the address of the value of the interface stored at
// p whose static type is t (0: interface{}). (0, nil) for a nil interface.
func IfaceElem(t Type, p unsafe.Pointer) (Type, unsafe.Pointer)

// Pack returns the value of type t at p as an interface{} holding a copy.
func Pack(t Type, p unsafe.Pointer) any

// Kind returns t's kind (Invalid for 0). It reads the descriptor's kind byte (offset 20 of a
// gocc_type, runtime/goccrt.h) itself rather than calling the runtime: it is the query fmt
// and text/template make most, and this way it inlines, as reflect's Value.Kind does.
func Kind(t Type) int {
	if t == 0 {
		return Invalid
	}
	return int(*(*uint8)(unsafe.Pointer(uintptr(t) + 20)))
}

// String returns t as %T prints it ("main.T", "[]int", "map[string]int", "*main.T").
func TypeString(t Type) string

// Size returns the size of a value of type t in bytes.
func Size(t Type) uintptr

// Elem returns the element type of a pointer, slice, array, chan or map type.
func Elem(t Type) Type

// Key returns the key type of a map type.
func Key(t Type) Type

// Len returns the length of an array type.
func Len(t Type) int

// NumField returns the number of fields of a struct type.
func NumField(t Type) int

// FieldName returns the name of field i of a struct type.
func FieldName(t Type, i int) string

// FieldType returns the type of field i of a struct type.
func FieldType(t Type, i int) Type

// FieldOffset returns the offset of field i of a struct type.
func FieldOffset(t Type, i int) uintptr

// NumMethod returns the number of methods of t's method set (of an interface type: its methods).
func NumMethod(t Type) int

// Comparable reports whether == is defined on t.
func Comparable(t Type) bool

// MapEntries returns the addresses of the keys and values of the map of type t stored at p:
// key0, value0, key1, value1, ... in iteration order.
func MapEntries(t Type, p unsafe.Pointer) []unsafe.Pointer

// Implements reports whether type t implements the interface type iface.
func Implements(t, iface Type) bool

// AssignIface stores v, converted to the interface type iface, at p and returns true, if v's
// dynamic type implements iface; otherwise it returns false and leaves *p alone.
func AssignIface(iface Type, p unsafe.Pointer, v any) bool

// Copy copies the value of type t at src to dst.
func Copy(t Type, dst, src unsafe.Pointer)

// Swap swaps elements i and j of the array of elements of type t at p.
func Swap(t Type, p unsafe.Pointer, i, j int)

// NumIn returns the number of parameters of the func type t.
func NumIn(t Type) int

// NumOut returns the number of results of the func type t.
func NumOut(t Type) int

// In returns the type of parameter i of the func type t.
func In(t Type, i int) Type

// Out returns the type of result i of the func type t.
func Out(t Type, i int) Type

// MethodByName returns the index in t's method set of its exported method name and the
// method's func type (without the receiver); (-1, 0) if there is none or t is an interface.
func MethodByName(t Type, name string) (int, Type)

// Call calls the func value of type t stored at p (not nil): args[i] points at argument i, of
// t's parameter i's type (a variadic function takes its last argument as a slice); result k
// is stored at results[k]. It reports false, calling nothing, if the program has no call
// thunk for t (codegen makes them for programs that call Call or CallMethod).
func Call(t Type, p unsafe.Pointer, args, results []unsafe.Pointer) bool

// CallMethod calls method i of t's method set on the value of type t at p, as Call does.
func CallMethod(t Type, p unsafe.Pointer, i int, args, results []unsafe.Pointer) bool

// New returns the address of a new zero value of type t.
func New(t Type) unsafe.Pointer

// ChanRecv receives from the channel of type t stored at p into out, blocking; it returns
// false once the channel is closed and drained.
func ChanRecv(t Type, p, out unsafe.Pointer) bool

// ChanLen returns the number of elements queued in the channel of type t stored at p.
func ChanLen(t Type, p unsafe.Pointer) int

// MakeSlice returns the address of a new slice value of the slice type t with length and
// capacity n.
func MakeSlice(t Type, n int) unsafe.Pointer

// IsVariadic reports whether the func type t's last parameter is variadic (a ...T, passed to
// Call as a []T).
func IsVariadic(t Type) bool

// PtrTo returns the type *t, or 0 if the program has no descriptor for it (a program that
// calls Call or CallMethod has one for every named type with pointer methods).
func PtrTo(t Type) Type
