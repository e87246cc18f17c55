package binary

import (
	"errors"
	"internal/gort"
	"io"
	"unsafe"
)

// Read reads structured binary data from r into data. Data must be a pointer to a fixed-size
// value or a slice of fixed-size values: booleans (one byte), sized integers and floats, and
// arrays and structs of them; a field named _ is skipped. Read reads exactly as many bytes as
// data needs: io.EOF if none were there, io.ErrUnexpectedEOF if only some were.
func Read(r io.Reader, order ByteOrder, data any) error {
	t, p := gort.Unpack(data)
	var v values
	switch gort.Kind(t) {
	case gort.Pointer:
		v = values{t: gort.Elem(t), p: *(*unsafe.Pointer)(p), n: 1}
	case gort.Slice:
		h := (*gort.SliceHeader)(p)
		v = values{t: gort.Elem(t), p: h.Data, n: h.Len}
	}
	size := v.size()
	if size < 0 {
		return errors.New("binary.Read: invalid type " + gort.TypeString(t))
	}
	c := coder{order: order, buf: make([]byte, size)}
	if _, err := io.ReadFull(r, c.buf); err != nil {
		return err
	}
	v.each(c.decode)
	return nil
}

// Write writes the binary representation of data into w: a fixed-size value, a slice of
// fixed-size values, or a pointer to such data (see Read); a field named _ is written as zeros.
func Write(w io.Writer, order ByteOrder, data any) error {
	v := indirect(data)
	size := v.size()
	if size < 0 {
		return errors.New("binary.Write: invalid type " + gort.TypeString(gort.TypeOf(data)))
	}
	c := coder{order: order, buf: make([]byte, size)}
	v.each(c.encode)
	_, err := w.Write(c.buf)
	return err
}

// Size returns how many bytes Write would generate to encode the value v, which must be a
// fixed-size value or a slice of fixed-size values, or a pointer to such data. If v is neither
// of these, Size returns -1.
func Size(v any) int {
	return indirect(v).size()
}

// values is n consecutive values of type t at p: a slice's elements, or one value.
type values struct {
	t gort.Type
	p unsafe.Pointer
	n int
}

// indirect is data, or what it points to (reflect.Indirect), as values.
func indirect(data any) values {
	t, p := gort.Unpack(data)
	if gort.Kind(t) == gort.Pointer {
		t, p = gort.Elem(t), *(*unsafe.Pointer)(p)
		if p == nil {
			return values{}
		}
	}
	if gort.Kind(t) == gort.Slice {
		h := (*gort.SliceHeader)(p)
		return values{t: gort.Elem(t), p: h.Data, n: h.Len}
	}
	return values{t: t, p: p, n: 1}
}

func (v values) size() int {
	s := encodedSize(v.t)
	if s < 0 {
		return -1
	}
	return s * v.n
}

func (v values) each(f func(t gort.Type, p unsafe.Pointer)) {
	stride := gort.Size(v.t)
	for i := 0; i < v.n; i++ {
		f(v.t, gort.Add(v.p, uintptr(i)*stride))
	}
}

// encodedSize is the number of bytes a value of type t encodes to (its fields without
// padding), or -1 if t has no fixed-size encoding (int, uint, pointers, strings ...).
func encodedSize(t gort.Type) int {
	switch gort.Kind(t) {
	case gort.Bool, gort.Int8, gort.Uint8:
		return 1
	case gort.Int16, gort.Uint16:
		return 2
	case gort.Int32, gort.Uint32, gort.Float32:
		return 4
	case gort.Int64, gort.Uint64, gort.Float64, gort.Complex64:
		return 8
	case gort.Complex128:
		return 16
	case gort.Array:
		if s := encodedSize(gort.Elem(t)); s >= 0 {
			return s * gort.Len(t)
		}
	case gort.Struct:
		sum := 0
		for i := 0; i < gort.NumField(t); i++ {
			s := encodedSize(gort.FieldType(t, i))
			if s < 0 {
				return -1
			}
			sum += s
		}
		return sum
	}
	return -1
}

// coder encodes values into buf or decodes them from it, from the start on.
type coder struct {
	order ByteOrder
	buf   []byte
	off   int
}

// next returns the next n bytes of buf.
func (c *coder) next(n int) []byte {
	b := c.buf[c.off : c.off+n]
	c.off += n
	return b
}

func (c *coder) encode(t gort.Type, p unsafe.Pointer) {
	switch gort.Kind(t) {
	case gort.Bool:
		var x byte
		if *(*bool)(p) {
			x = 1
		}
		c.next(1)[0] = x
	case gort.Int8, gort.Uint8:
		c.next(1)[0] = *(*uint8)(p)
	case gort.Int16, gort.Uint16:
		c.order.PutUint16(c.next(2), *(*uint16)(p))
	case gort.Int32, gort.Uint32, gort.Float32:
		c.order.PutUint32(c.next(4), *(*uint32)(p))
	case gort.Int64, gort.Uint64, gort.Float64:
		c.order.PutUint64(c.next(8), *(*uint64)(p))
	case gort.Complex64: // real part, then imaginary part
		c.order.PutUint32(c.next(4), *(*uint32)(p))
		c.order.PutUint32(c.next(4), *(*uint32)(gort.Add(p, 4)))
	case gort.Complex128:
		c.order.PutUint64(c.next(8), *(*uint64)(p))
		c.order.PutUint64(c.next(8), *(*uint64)(gort.Add(p, 8)))
	case gort.Array:
		values{t: gort.Elem(t), p: p, n: gort.Len(t)}.each(c.encode)
	case gort.Struct:
		for i := 0; i < gort.NumField(t); i++ {
			ft := gort.FieldType(t, i)
			if gort.FieldName(t, i) == "_" {
				zero := c.next(encodedSize(ft))
				for j := range zero {
					zero[j] = 0
				}
				continue
			}
			c.encode(ft, gort.Add(p, gort.FieldOffset(t, i)))
		}
	}
}

func (c *coder) decode(t gort.Type, p unsafe.Pointer) {
	switch gort.Kind(t) {
	case gort.Bool:
		*(*bool)(p) = c.next(1)[0] != 0
	case gort.Int8, gort.Uint8:
		*(*uint8)(p) = c.next(1)[0]
	case gort.Int16, gort.Uint16:
		*(*uint16)(p) = c.order.Uint16(c.next(2))
	case gort.Int32, gort.Uint32, gort.Float32:
		*(*uint32)(p) = c.order.Uint32(c.next(4))
	case gort.Int64, gort.Uint64, gort.Float64:
		*(*uint64)(p) = c.order.Uint64(c.next(8))
	case gort.Complex64:
		*(*uint32)(p) = c.order.Uint32(c.next(4))
		*(*uint32)(gort.Add(p, 4)) = c.order.Uint32(c.next(4))
	case gort.Complex128:
		*(*uint64)(p) = c.order.Uint64(c.next(8))
		*(*uint64)(gort.Add(p, 8)) = c.order.Uint64(c.next(8))
	case gort.Array:
		values{t: gort.Elem(t), p: p, n: gort.Len(t)}.each(c.decode)
	case gort.Struct:
		for i := 0; i < gort.NumField(t); i++ {
			ft := gort.FieldType(t, i)
			if gort.FieldName(t, i) == "_" {
				c.off += encodedSize(ft)
				continue
			}
			c.decode(ft, gort.Add(p, gort.FieldOffset(t, i)))
		}
	}
}
