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
func NumIn(t Type) int                     { return rtype(t).NumIn() }
func NumOut(t Type) int                    { return rtype(t).NumOut() }
func In(t Type, i int) Type                { return typeOf(rtype(t).In(i)) }
func Out(t Type, i int) Type               { return typeOf(rtype(t).Out(i)) }
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

func MethodByName(t Type, name string) (int, Type) {
	rt := rtype(t)
	if rt == nil || rt.Kind() == reflect.Interface {
		return -1, 0
	}
	m, ok := rt.MethodByName(name)
	if !ok {
		return -1, 0
	}
	var in, out []reflect.Type
	for i := 1; i < m.Type.NumIn(); i++ {
		in = append(in, m.Type.In(i))
	}
	for i := 0; i < m.Type.NumOut(); i++ {
		out = append(out, m.Type.Out(i))
	}
	return m.Index, typeOf(reflect.FuncOf(in, out, m.Type.IsVariadic()))
}

func call(fn reflect.Value, args, results []unsafe.Pointer) bool {
	ft := fn.Type()
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.NewAt(ft.In(i), a).Elem()
	}
	var out []reflect.Value
	if ft.IsVariadic() {
		out = fn.CallSlice(in)
	} else {
		out = fn.Call(in)
	}
	for k, r := range out {
		reflect.NewAt(ft.Out(k), results[k]).Elem().Set(r)
	}
	return true
}

func Call(t Type, p unsafe.Pointer, args, results []unsafe.Pointer) bool {
	return call(at(t, p), args, results)
}

func CallMethod(t Type, p unsafe.Pointer, i int, args, results []unsafe.Pointer) bool {
	return call(at(t, p).Method(i), args, results)
}

func New(t Type) unsafe.Pointer { return reflect.New(rtype(t)).UnsafePointer() }

func ChanRecv(t Type, p, out unsafe.Pointer) bool {
	v, ok := at(t, p).Recv()
	if ok {
		reflect.NewAt(v.Type(), out).Elem().Set(v)
	}
	return ok
}

func ChanLen(t Type, p unsafe.Pointer) int { return at(t, p).Len() }

func MakeSlice(t Type, n int) unsafe.Pointer {
	s := reflect.New(rtype(t))
	s.Elem().Set(reflect.MakeSlice(rtype(t), n, n))
	return s.UnsafePointer()
}

func IsVariadic(t Type) bool { return rtype(t).IsVariadic() }

func PtrTo(t Type) Type { return typeOf(reflect.PointerTo(rtype(t))) }
