//go:build !gocc

// The hooks implemented with reflect, for compiling the bundled standard library with the
// real Go toolchain (tests/stdlib/behave). gocc never compiles this file.

package gort

import (
	"reflect"
	"sync"
	"unsafe"
)

var (
	mu      sync.Mutex
	byType  = map[reflect.Type]Type{}
	types   = []reflect.Type{nil}
	anyType = reflect.TypeOf((*any)(nil)).Elem()
)

func typeOf(rt reflect.Type) Type {
	if rt == nil {
		return 0
	}
	mu.Lock()
	defer mu.Unlock()
	if t, ok := byType[rt]; ok {
		return t
	}
	types = append(types, rt)
	t := Type(len(types) - 1)
	byType[rt] = t
	return t
}

func rtype(t Type) reflect.Type {
	mu.Lock()
	defer mu.Unlock()
	return types[t]
}

func at(t Type, p unsafe.Pointer) reflect.Value {
	return reflect.NewAt(rtype(t), p).Elem()
}

// boxed returns the address of a new copy of v.
func boxed(v reflect.Value) unsafe.Pointer {
	n := reflect.New(v.Type())
	n.Elem().Set(v)
	return n.UnsafePointer()
}

func IfaceElem(t Type, p unsafe.Pointer) (Type, unsafe.Pointer) {
	it := anyType
	if t != 0 {
		it = rtype(t)
	}
	v := reflect.NewAt(it, p).Elem()
	if v.IsNil() {
		return 0, nil
	}
	e := v.Elem()
	return typeOf(e.Type()), boxed(e)
}

func Pack(t Type, p unsafe.Pointer) any { return at(t, p).Interface() }
func Kind(t Type) int {
	if t == 0 {
		return Invalid
	}
	return int(rtype(t).Kind())
}
func TypeString(t Type) string             { return rtype(t).String() }
func Size(t Type) uintptr                  { return rtype(t).Size() }
func Elem(t Type) Type                     { return typeOf(rtype(t).Elem()) }
func Key(t Type) Type                      { return typeOf(rtype(t).Key()) }
func Len(t Type) int                       { return rtype(t).Len() }
func NumField(t Type) int                  { return rtype(t).NumField() }
func FieldName(t Type, i int) string       { return rtype(t).Field(i).Name }
func FieldType(t Type, i int) Type         { return typeOf(rtype(t).Field(i).Type) }
func FieldOffset(t Type, i int) uintptr    { return rtype(t).Field(i).Offset }
func NumMethod(t Type) int                 { return rtype(t).NumMethod() }
func Comparable(t Type) bool               { return rtype(t).Comparable() }
func Implements(t, iface Type) bool        { return rtype(t).Implements(rtype(iface)) }
func Copy(t Type, dst, src unsafe.Pointer) { at(t, dst).Set(at(t, src)) }

func MapEntries(t Type, p unsafe.Pointer) []unsafe.Pointer {
	m := at(t, p)
	var out []unsafe.Pointer
	it := m.MapRange()
	for it.Next() {
		out = append(out, boxed(it.Key()), boxed(it.Value()))
	}
	return out
}

func AssignIface(iface Type, p unsafe.Pointer, v any) bool {
	if v == nil || !reflect.TypeOf(v).Implements(rtype(iface)) {
		return false
	}
	at(iface, p).Set(reflect.ValueOf(v))
	return true
}

func Swap(t Type, p unsafe.Pointer, i, j int) {
	size := Size(t)
	a := at(t, Add(p, uintptr(i)*size))
	b := at(t, Add(p, uintptr(j)*size))
	tmp := reflect.New(a.Type()).Elem()
	tmp.Set(a)
	a.Set(b)
	b.Set(tmp)
}
