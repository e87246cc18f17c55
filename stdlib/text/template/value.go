// The values templates compute with. Go's text/template uses reflect.Value; gocc's bundled
// library has no reflect, so a value is a type (internal/gort) and the address of the
// value's memory, which is enough for fields, elements, map entries, methods and printing.

package template

import (
	"internal/gort"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// value is a Go value: its type (0 for no value, reflect's invalid Value) and its address.
type value struct {
	t    gort.Type
	p    unsafe.Pointer
	addr bool // p is the value's own variable, reached through a pointer (reflect's CanAddr)
}

var (
	zero         value
	missingMark  byte
	missing      = value{p: unsafe.Pointer(&missingMark)} // "no final argument" in a pipeline
	boolType     = gort.TypeOf(false)
	intType      = gort.TypeOf(0)
	stringType   = gort.TypeOf("")
	errorType    = gort.ErrorType()
	stringerType = gort.Elem(gort.TypeOf((*interface{ String() string })(nil)))
)

func (v value) isMissing() bool { return v.t == 0 && v.p == missing.p }
func (v value) valid() bool     { return v.t != 0 }
func (v value) kind() int       { return gort.Kind(v.t) }
func (v value) typeString() string {
	if v.t == 0 {
		return "<nil>"
	}
	return gort.TypeString(v.t)
}

// valueOf returns x's dynamic value (a copy; not addressable).
func valueOf(x any) value {
	t, p := gort.Unpack(x)
	return value{t: t, p: p}
}

// iface returns the value as an interface{} holding a copy (nil for no value).
func (v value) iface() any {
	if v.t == 0 {
		return nil
	}
	return gort.Pack(v.t, v.p)
}

func (v value) word() unsafe.Pointer { return *(*unsafe.Pointer)(v.p) }

// isNil reports whether a chan, func, interface, map, pointer or slice value is nil.
func (v value) isNil() bool {
	switch v.kind() {
	case gort.Chan, gort.Func, gort.Map, gort.Pointer, gort.UnsafePointer, gort.Slice:
		return v.word() == nil
	case gort.Interface:
		t, _ := gort.IfaceElem(v.t, v.p)
		return t == 0
	}
	return false
}

// elem returns what a pointer points to (addressable) or an interface holds.
func (v value) elem() value {
	if v.kind() == gort.Interface {
		t, p := gort.IfaceElem(v.t, v.p)
		return value{t: t, p: p}
	}
	return value{t: gort.Elem(v.t), p: v.word(), addr: true}
}

// indirect follows pointers and interfaces to a non-pointer value, or stops at a nil one.
func indirect(v value) (value, bool) {
	for v.kind() == gort.Pointer || v.kind() == gort.Interface {
		if v.isNil() {
			return v, true
		}
		v = v.elem()
	}
	return v, false
}

// indirectInterface returns the value an interface holds (no value for a nil one).
func indirectInterface(v value) value {
	if v.kind() != gort.Interface {
		return v
	}
	return v.elem()
}

func (v value) boolean() bool { return *(*bool)(v.p) }
func (v value) str() string   { return *(*string)(v.p) }

func (v value) int64() int64           { return gort.IntAt(v.t, v.p) }
func (v value) uint64() uint64         { return gort.UintAt(v.t, v.p) }
func (v value) float64() float64       { return gort.FloatAt(v.t, v.p) }
func (v value) complex128() complex128 { return gort.ComplexAt(v.t, v.p) }

// length returns the length of an array, map, slice or string.
func (v value) length() int {
	switch v.kind() {
	case gort.Array:
		return gort.Len(v.t)
	case gort.Map:
		return gort.MapLen(v.p)
	case gort.Slice:
		return (*gort.SliceHeader)(v.p).Len
	case gort.String:
		return len(v.str())
	}
	panic("template: len of " + v.typeString())
}

// index returns element i of an array, slice or string (a byte); out of range, it panics
// with reflect's Index's text (the builtin index lets i == len through, as Go's does).
func (v value) index(i int) value {
	if i < 0 || i >= v.length() {
		panic("reflect: " + map[int]string{gort.Array: "array", gort.Slice: "slice", gort.String: "string"}[v.kind()] + " index out of range")
	}
	switch v.kind() {
	case gort.Array:
		et := gort.Elem(v.t)
		return value{t: et, p: gort.Add(v.p, uintptr(i)*gort.Size(et)), addr: v.addr}
	case gort.Slice:
		et := gort.Elem(v.t)
		return value{t: et, p: gort.Add((*gort.SliceHeader)(v.p).Data, uintptr(i)*gort.Size(et)), addr: true}
	case gort.String:
		return valueOf(v.str()[i])
	}
	panic("template: index of " + v.typeString())
}

// field returns the struct field name, looking into embedded structs as Go's selectors do;
// ok is false if there is none (or the name is ambiguous at its depth).
func (v value) field(name string) (f value, exported, ok bool) {
	level := []value{v}
	for len(level) > 0 {
		var found []value
		var next []value
		for _, s := range level {
			for i := 0; i < gort.NumField(s.t); i++ {
				ft := gort.FieldType(s.t, i)
				fv := value{t: ft, p: gort.Add(s.p, gort.FieldOffset(s.t, i)), addr: s.addr}
				fname := gort.FieldName(s.t, i)
				if fname == name {
					found = append(found, fv)
					continue
				}
				// An embedded field is named after its type.
				if embeddedName(ft) != fname {
					continue
				}
				if gort.Kind(ft) == gort.Struct {
					next = append(next, fv)
				} else if gort.Kind(ft) == gort.Pointer && gort.Kind(gort.Elem(ft)) == gort.Struct && fv.word() != nil {
					next = append(next, fv.elem())
				}
			}
		}
		if len(found) == 1 {
			return found[0], isExported(name), true
		}
		if len(found) > 1 {
			return zero, false, false
		}
		level = next
	}
	return zero, false, false
}

// embeddedName is the field name of an embedded field of type t ("T" for pkg.T and *pkg.T).
func embeddedName(t gort.Type) string {
	if gort.Kind(t) == gort.Pointer {
		t = gort.Elem(t)
	}
	s := gort.TypeString(t)
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// mapIndex returns the entry of map v for key (a value of the map's key type), or no value.
func (v value) mapIndex(key value) value {
	kt := gort.Key(v.t)
	entries := gort.MapEntries(v.t, v.p)
	for i := 0; i < len(entries); i += 2 {
		if indirectInterface(value{t: kt, p: entries[i]}).iface() == key.iface() {
			return value{t: gort.Elem(v.t), p: entries[i+1]}
		}
	}
	return zero
}

// zeroOf returns a new zero value of type t.
func zeroOf(t gort.Type) value { return value{t: t, p: gort.New(t)} }

// addrOf returns &v for an addressable value (reflect's Addr), if the program has the type
// *T (gort.PtrTo).
func (v value) addrOf() (value, bool) {
	if !v.addr || v.t == 0 {
		return zero, false
	}
	pt := gort.PtrTo(v.t)
	if pt == 0 {
		return zero, false
	}
	p := gort.New(pt)
	*(*unsafe.Pointer)(p) = v.p
	return value{t: pt, p: p}, true
}

// method returns the exported method name of v, or of &v for an addressable v (whose method
// set has the pointer methods too); ok is false if there is none.
func (v value) method(name string) (recv value, index int, ftype gort.Type, ok bool) {
	if ptr, ok := v.addrOf(); ok && v.kind() != gort.Interface && v.kind() != gort.Pointer {
		v = ptr
	}
	if v.t == 0 {
		return zero, -1, 0, false
	}
	if i, ft := gort.MethodByName(v.t, name); i >= 0 {
		return v, i, ft, true
	}
	return zero, -1, 0, false
}
