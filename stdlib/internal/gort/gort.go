// Package gort ("gocc runtime") gives the bundled standard library the little type
// introspection it needs without package reflect: fmt prints arbitrary values with it,
// errors.As assigns through it and sort.Slice swaps through it.
//
// A value is described by its type (Type) and the address of its memory (unsafe.Pointer);
// every value of a given type has the same memory layout under gocc and gc, so scalars,
// strings, slice headers, pointers and struct fields are read with ordinary unsafe code here
// and in fmt. What needs the type descriptors is a hook: a function declared without a body
// in hooks_gocc.go (//go:build gocc), implemented in C by runtime/hooks_gort.c as
// gocc_internal_gort_<Name> over gocc_type descriptors. hooks_go.go (//go:build !gocc)
// implements the same functions with reflect, so the bundled packages can be compiled and
// compared with the real ones by the real Go toolchain (tests/stdlib/behave).
//
// The hooks (see docs/stdlib.md for their C signatures):
//
//	IfaceElem(t, p)          dynamic type and value address of the interface stored at p
//	Pack(t, p)               the value at p as an interface{} (a copy)
//	Kind, TypeString, Size, Elem, Key, Len, NumField, FieldName, FieldType, FieldOffset,
//	NumMethod, Comparable    type descriptor queries
//	MapEntries(t, p)         addresses of the keys and values of the map stored at p
//	Implements(t, iface)     t's method set includes iface's
//	AssignIface(iface, p, v) *p = v converted to interface type iface, if v implements it
//	Copy(t, dst, src)        *dst = *src for a value of type t
//	Swap(t, p, i, j)         swaps elements i and j of an array of t at p
//	NumIn, NumOut, In, Out,  func type queries
//	IsVariadic
//	MethodByName(t, name)    index and func type of an exported method of t
//	Call, CallMethod         call a func value or a method of any signature (codegen's thunks)
//	New(t)                   a new zero value of type t
//	ChanRecv, ChanLen        receive from / length of the channel of type t at p
//	MakeSlice(t, n)          a new slice value of type t with n elements
//	PtrTo(t)                 the type *t, if the program has it
package gort

import "unsafe"

// Type identifies a type: under gocc the address of its gocc_type descriptor. 0 is no type
// (the dynamic type of a nil interface).
type Type uintptr

// Kinds, numbered as reflect.Kind.
const (
	Invalid = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Unpack returns the dynamic type of v and the address of (a copy of) its value; (0, nil)
// for a nil interface.
func Unpack(v any) (Type, unsafe.Pointer) {
	return IfaceElem(0, unsafe.Pointer(&v))
}

// TypeOf returns the dynamic type of v (0 if v is nil).
func TypeOf(v any) Type {
	t, _ := Unpack(v)
	return t
}

// MapLen returns the number of entries of the map stored at p (the count is the first word of
// the map header under gocc and gc alike).
func MapLen(p unsafe.Pointer) int {
	h := *(*unsafe.Pointer)(p)
	if h == nil {
		return 0
	}
	return *(*int)(h)
}

// Add returns p+off.
func Add(p unsafe.Pointer, off uintptr) unsafe.Pointer {
	return unsafe.Pointer(uintptr(p) + off)
}

// SliceHeader is the memory layout of a slice.
type SliceHeader struct {
	Data unsafe.Pointer
	Len  int
	Cap  int
}

// ErrorType returns the type error.
func ErrorType() Type {
	return Elem(TypeOf((*error)(nil)))
}

// IntAt returns the value of the signed integer of type t at p.
func IntAt(t Type, p unsafe.Pointer) int64 {
	switch Kind(t) {
	case Int, Int64:
		return *(*int64)(p)
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	}
	panic("gort: IntAt of a " + TypeString(t))
}

// UintAt returns the value of the unsigned integer of type t at p.
func UintAt(t Type, p unsafe.Pointer) uint64 {
	switch Kind(t) {
	case Uint, Uint64, Uintptr:
		return *(*uint64)(p)
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	}
	panic("gort: UintAt of a " + TypeString(t))
}

// FloatAt returns the value of the float32 or float64 of type t at p.
func FloatAt(t Type, p unsafe.Pointer) float64 {
	if Kind(t) == Float32 {
		return float64(*(*float32)(p))
	}
	return *(*float64)(p)
}

// ComplexAt returns the value of the complex64 or complex128 of type t at p.
func ComplexAt(t Type, p unsafe.Pointer) complex128 {
	if Kind(t) == Complex64 {
		return complex128(*(*complex64)(p))
	}
	return *(*complex128)(p)
}
