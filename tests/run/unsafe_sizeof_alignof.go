package main

import "unsafe"

type Small struct {
	a bool
	b int64
	c bool
}

type Packed struct {
	b int64
	a bool
	c bool
}

type Mixed struct {
	x  byte
	y  int32
	z  [3]uint16
	p  *int
	s  string
	sl []int
	i  interface{}
	f  float32
	c  complex128
}

func main() {
	var s Small
	var p Packed
	println("Small:", unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Offsetof(s.b), unsafe.Offsetof(s.c))
	println("Packed:", unsafe.Sizeof(p), unsafe.Alignof(p), unsafe.Offsetof(p.a), unsafe.Offsetof(p.c))
	var m Mixed
	println("Mixed size", unsafe.Sizeof(m), "align", unsafe.Alignof(m))
	println(" offsets", unsafe.Offsetof(m.y), unsafe.Offsetof(m.z), unsafe.Offsetof(m.p), unsafe.Offsetof(m.s),
		unsafe.Offsetof(m.sl), unsafe.Offsetof(m.i), unsafe.Offsetof(m.f), unsafe.Offsetof(m.c))
	println("basic:", unsafe.Sizeof(int8(0)), unsafe.Sizeof(int16(0)), unsafe.Sizeof(int32(0)), unsafe.Sizeof(int(0)),
		unsafe.Sizeof(uintptr(0)), unsafe.Sizeof(float32(0)), unsafe.Sizeof(complex64(0)), unsafe.Sizeof(complex128(0)))
	println("composite:", unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}),
		unsafe.Sizeof(func() {}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([0]int{}), unsafe.Sizeof([5]int16{}))
	var e interface{}
	println("iface:", unsafe.Sizeof(e), unsafe.Alignof(e))
	const k = unsafe.Sizeof(Small{})
	var arr [k]byte
	println("const array len", len(arr))
	type tail struct {
		a int64
		b struct{}
	}
	println("zero-size tail field:", unsafe.Sizeof(tail{}))
}
