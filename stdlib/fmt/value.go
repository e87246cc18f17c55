package fmt

import (
	"internal/gort"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// value is what reflect.Value is to Go's fmt: a typed memory location. ro marks values
// reached through unexported struct fields, whose methods fmt must not call.
type value struct {
	t  gort.Type
	p  unsafe.Pointer
	ro bool
}

func valueOf(v any) value {
	t, p := gort.Unpack(v)
	return value{t: t, p: p}
}

func (v value) kind() int { return gort.Kind(v.t) }

func isIntKind(k int) bool  { return k >= gort.Int && k <= gort.Int64 }
func isUintKind(k int) bool { return k >= gort.Uint && k <= gort.Uintptr }

func (v value) int() int64          { return gort.IntAt(v.t, v.p) }
func (v value) uint() uint64        { return gort.UintAt(v.t, v.p) }
func (v value) float() float64      { return gort.FloatAt(v.t, v.p) }
func (v value) complex() complex128 { return gort.ComplexAt(v.t, v.p) }

// pointer returns the address held by a pointer-shaped value (for a slice: its array; for a
// func: its code pointer), as reflect.Value.Pointer does.
func (v value) pointer() uintptr {
	switch v.kind() {
	case gort.Slice:
		return uintptr((*gort.SliceHeader)(v.p).Data)
	case gort.Func:
		c := *(*unsafe.Pointer)(v.p)
		if c == nil {
			return 0
		}
		return uintptr(*(*unsafe.Pointer)(c))
	}
	return uintptr(*(*unsafe.Pointer)(v.p))
}

// length of a string, slice, array or map value.
func (v value) length() int {
	switch v.kind() {
	case gort.Slice:
		return (*gort.SliceHeader)(v.p).Len
	case gort.Array:
		return gort.Len(v.t)
	case gort.Map:
		return gort.MapLen(v.p)
	case gort.String:
		return len(*(*string)(v.p))
	}
	return 0
}

// index returns element i of an array or slice.
func (v value) index(i int) value {
	et := gort.Elem(v.t)
	base := v.p
	if v.kind() == gort.Slice {
		base = (*gort.SliceHeader)(v.p).Data
	}
	return value{t: et, p: gort.Add(base, uintptr(i)*gort.Size(et)), ro: v.ro}
}

// elem returns the dynamic value of an interface value (t == 0 when it is nil) or the value a
// pointer points to.
func (v value) elem() value {
	if v.kind() == gort.Interface {
		t, p := gort.IfaceElem(v.t, v.p)
		return value{t: t, p: p, ro: v.ro}
	}
	return value{t: gort.Elem(v.t), p: *(*unsafe.Pointer)(v.p), ro: v.ro}
}

func isExported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// field returns field i of a struct value.
func (v value) field(i int) value {
	name := gort.FieldName(v.t, i)
	return value{
		t:  gort.FieldType(v.t, i),
		p:  gort.Add(v.p, gort.FieldOffset(v.t, i)),
		ro: v.ro || !isExported(name),
	}
}

func (v value) iface() any { return gort.Pack(v.t, v.p) }

func (v value) bytes() []byte {
	n := v.length()
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		b[i] = byte(v.index(i).uint())
	}
	return b
}

func (p *pp) fmtPointer(v value, verb rune) {
	var u uintptr
	switch v.kind() {
	case gort.Chan, gort.Func, gort.Map, gort.Pointer, gort.Slice, gort.UnsafePointer:
		u = v.pointer()
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(gort.TypeString(v.t))
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(uint64(u), !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// printValue prints a value that handleMethods did not handle at the top level; at depth >
// 0 the value's own methods are tried first (unless it was reached through an unexported
// field).
func (p *pp) printValue(v value, verb rune, depth int) {
	if depth > 0 && v.t != 0 && !v.ro {
		p.arg = v.iface()
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v

	switch k := v.kind(); {
	case k == gort.Invalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else if verb == 'v' {
			p.buf.writeString(nilAngleString)
		} else {
			p.badVerb(verb)
		}
	case k == gort.Bool:
		p.fmtBool(*(*bool)(v.p), verb)
	case isIntKind(k):
		p.fmtInteger(uint64(v.int()), signed, verb)
	case isUintKind(k):
		p.fmtInteger(v.uint(), unsigned, verb)
	case k == gort.Float32:
		p.fmtFloat(v.float(), 32, verb)
	case k == gort.Float64:
		p.fmtFloat(v.float(), 64, verb)
	case k == gort.Complex64:
		p.fmtComplex(v.complex(), 64, verb)
	case k == gort.Complex128:
		p.fmtComplex(v.complex(), 128, verb)
	case k == gort.String:
		p.fmtString(*(*string)(v.p), verb)
	case k == gort.Map:
		if p.fmt.sharpV {
			p.buf.writeString(gort.TypeString(v.t))
			if v.pointer() == 0 {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
		} else {
			p.buf.writeString(mapString)
		}
		keys, vals := sortedMap(v)
		for i := range keys {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			p.printValue(keys[i], verb, depth+1)
			p.buf.writeByte(':')
			p.printValue(vals[i], verb, depth+1)
		}
		if p.fmt.sharpV {
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte(']')
		}
	case k == gort.Struct:
		if p.fmt.sharpV {
			p.buf.writeString(gort.TypeString(v.t))
		}
		p.buf.writeByte('{')
		n := gort.NumField(v.t)
		for i := 0; i < n; i++ {
			if i > 0 {
				if p.fmt.sharpV {
					p.buf.writeString(commaSpaceString)
				} else {
					p.buf.writeByte(' ')
				}
			}
			if p.fmt.plusV || p.fmt.sharpV {
				if name := gort.FieldName(v.t, i); name != "" {
					p.buf.writeString(name)
					p.buf.writeByte(':')
				}
			}
			f := v.field(i)
			if f.kind() == gort.Interface {
				if e := f.elem(); e.t != 0 {
					f = e
				}
			}
			p.printValue(f, verb, depth+1)
		}
		p.buf.writeByte('}')
	case k == gort.Interface:
		e := v.elem()
		if e.t == 0 {
			if p.fmt.sharpV {
				p.buf.writeString(gort.TypeString(v.t))
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(e, verb, depth+1)
		}
	case k == gort.Array || k == gort.Slice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte arrays and slices print as strings for these verbs.
			if gort.Kind(gort.Elem(v.t)) == gort.Uint8 {
				var b []byte
				if k == gort.Slice {
					b = *(*[]byte)(v.p) // same layout for any byte-kind element type
				} else {
					b = v.bytes()
				}
				p.fmtBytes(b, verb, gort.TypeString(v.t))
				return
			}
		}
		if p.fmt.sharpV {
			p.buf.writeString(gort.TypeString(v.t))
			if k == gort.Slice && (*gort.SliceHeader)(v.p).Data == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			n := v.length()
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.printValue(v.index(i), verb, depth+1)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			n := v.length()
			for i := 0; i < n; i++ {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.printValue(v.index(i), verb, depth+1)
			}
			p.buf.writeByte(']')
		}
	case k == gort.Pointer:
		// At the top level a pointer to a composite prints as &{...}.
		if depth == 0 && v.pointer() != 0 {
			e := v.elem()
			switch e.kind() {
			case gort.Array, gort.Slice, gort.Struct, gort.Map:
				p.buf.writeByte('&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.fmtPointer(v, verb)
	case k == gort.Chan || k == gort.Func || k == gort.UnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf.writeByte('?')
		p.buf.writeString(gort.TypeString(v.t))
		p.buf.writeByte('?')
	}
}

// sortedMap returns the entries of a map value with keys in fmt's order (internal/fmtsort):
// numbers, strings and pointers ascending, false before true, NaN first, structs and arrays
// element-wise, interfaces by dynamic type then value.
func sortedMap(m value) (keys, vals []value) {
	if m.pointer() == 0 {
		return nil, nil
	}
	kt, vt := gort.Key(m.t), gort.Elem(m.t)
	ent := gort.MapEntries(m.t, m.p)
	n := len(ent) / 2
	keys = make([]value, n)
	vals = make([]value, n)
	for i := 0; i < n; i++ {
		keys[i] = value{t: kt, p: ent[2*i], ro: m.ro}
		vals[i] = value{t: vt, p: ent[2*i+1], ro: m.ro}
	}
	// Stable insertion sort into runs, then merges (keeps equal keys in order).
	tk := make([]value, n)
	tv := make([]value, n)
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > n {
				mid = n
			}
			if hi > n {
				hi = n
			}
			i, j, o := lo, mid, lo
			for i < mid || j < hi {
				if j >= hi || (i < mid && compareValues(keys[j], keys[i]) >= 0) {
					tk[o], tv[o] = keys[i], vals[i]
					i++
				} else {
					tk[o], tv[o] = keys[j], vals[j]
					j++
				}
				o++
			}
		}
		keys, tk = tk, keys
		vals, tv = tv, vals
	}
	return keys, vals
}

func floatCompare(a, b float64) int {
	switch {
	case a != a:
		return -1
	case b != b:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareValues(a, b value) int {
	if a.t != b.t {
		return -1
	}
	switch k := a.kind(); {
	case isIntKind(k):
		x, y := a.int(), b.int()
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case isUintKind(k):
		x, y := a.uint(), b.uint()
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case k == gort.String:
		x, y := *(*string)(a.p), *(*string)(b.p)
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case k == gort.Float32 || k == gort.Float64:
		return floatCompare(a.float(), b.float())
	case k == gort.Complex64 || k == gort.Complex128:
		x, y := a.complex(), b.complex()
		if c := floatCompare(real(x), real(y)); c != 0 {
			return c
		}
		return floatCompare(imag(x), imag(y))
	case k == gort.Bool:
		x, y := *(*bool)(a.p), *(*bool)(b.p)
		switch {
		case x == y:
			return 0
		case x:
			return 1
		}
		return -1
	case k == gort.Pointer || k == gort.UnsafePointer || k == gort.Chan:
		x, y := a.pointer(), b.pointer()
		if x < y {
			return -1
		} else if x > y {
			return 1
		}
		return 0
	case k == gort.Struct:
		n := gort.NumField(a.t)
		for i := 0; i < n; i++ {
			if c := compareValues(a.field(i), b.field(i)); c != 0 {
				return c
			}
		}
		return 0
	case k == gort.Array:
		n := a.length()
		for i := 0; i < n; i++ {
			if c := compareValues(a.index(i), b.index(i)); c != 0 {
				return c
			}
		}
		return 0
	case k == gort.Interface:
		x, y := a.elem(), b.elem()
		if x.t == 0 || y.t == 0 {
			if x.t == 0 && y.t == 0 {
				return 0
			}
			if x.t == 0 {
				return -1
			}
			return 1
		}
		if x.t != y.t {
			if x.t < y.t {
				return -1
			}
			return 1
		}
		return compareValues(x, y)
	}
	panic("bad type in compare: " + gort.TypeString(a.t))
}
