// Command padding shows how the compiler lays out struct fields: every field
// starts at a multiple of its alignment, so a bool followed by an int64 wastes
// seven bytes, and reordering the fields from largest to smallest alignment
// removes most of the padding. It prints unsafe.Sizeof, unsafe.Alignof and
// unsafe.Offsetof for each field, plus the padding inserted before it.
//
// Two less obvious cases are included: a struct that ends in a zero-size
// field gets tail padding (so that &s.Z never points past the object, which
// would keep the next object alive for the GC), and complex64 is aligned like
// its float32 halves (4), not like its size (8).
//
// The numbers are for 64-bit targets such as linux/amd64 (8-byte pointers,
// the seed's "一个指针8字节" question); on 32-bit targets int64 aligns to 4.
//
// Seed note: 000_e45fb47a628addc5.txt, section "内存管理" (内存对齐, Go 内存对齐).
//
// Expected exit code: 0
package main

import (
	"fmt"
	"unsafe"
)

type Wasteful struct {
	A bool
	B int64
	C bool
}

type Reordered struct {
	B int64
	A bool
	C bool
}

type ZeroTail struct {
	N int64
	Z struct{}
}

type ZeroHead struct {
	Z struct{}
	N int64
}

type WithComplex64 struct {
	Flag bool
	C    complex64
}

type WithComplex128 struct {
	Flag bool
	C    complex128
}

type field struct {
	name             string
	off, size, align uintptr
}

// report prints one struct's layout and returns the bytes lost to padding.
func report(name string, size, align uintptr, fields []field) uintptr {
	fmt.Printf("%s: size=%d align=%d\n", name, size, align)
	var end, pad uintptr
	for _, f := range fields {
		before := f.off - end
		fmt.Printf("  %-5s offset=%2d size=%2d align=%d padding-before=%d\n",
			f.name, f.off, f.size, f.align, before)
		pad += before
		end = f.off + f.size
	}
	fmt.Printf("  tail padding=%d, total padding=%d\n", size-end, pad+size-end)
	return pad + size - end
}

func main() {
	var w Wasteful
	wp := report("Wasteful{bool; int64; bool}", unsafe.Sizeof(w), unsafe.Alignof(w), []field{
		{"A", unsafe.Offsetof(w.A), unsafe.Sizeof(w.A), unsafe.Alignof(w.A)},
		{"B", unsafe.Offsetof(w.B), unsafe.Sizeof(w.B), unsafe.Alignof(w.B)},
		{"C", unsafe.Offsetof(w.C), unsafe.Sizeof(w.C), unsafe.Alignof(w.C)},
	})
	var r Reordered
	rp := report("Reordered{int64; bool; bool}", unsafe.Sizeof(r), unsafe.Alignof(r), []field{
		{"B", unsafe.Offsetof(r.B), unsafe.Sizeof(r.B), unsafe.Alignof(r.B)},
		{"A", unsafe.Offsetof(r.A), unsafe.Sizeof(r.A), unsafe.Alignof(r.A)},
		{"C", unsafe.Offsetof(r.C), unsafe.Sizeof(r.C), unsafe.Alignof(r.C)},
	})
	fmt.Printf("reordering saves %d bytes per value (%d vs %d padding)\n\n",
		unsafe.Sizeof(w)-unsafe.Sizeof(r), wp, rp)

	var zt ZeroTail
	report("ZeroTail{int64; struct{}}", unsafe.Sizeof(zt), unsafe.Alignof(zt), []field{
		{"N", unsafe.Offsetof(zt.N), unsafe.Sizeof(zt.N), unsafe.Alignof(zt.N)},
		{"Z", unsafe.Offsetof(zt.Z), unsafe.Sizeof(zt.Z), unsafe.Alignof(zt.Z)},
	})
	var zh ZeroHead
	report("ZeroHead{struct{}; int64}", unsafe.Sizeof(zh), unsafe.Alignof(zh), []field{
		{"Z", unsafe.Offsetof(zh.Z), unsafe.Sizeof(zh.Z), unsafe.Alignof(zh.Z)},
		{"N", unsafe.Offsetof(zh.N), unsafe.Sizeof(zh.N), unsafe.Alignof(zh.N)},
	})
	fmt.Println()

	var c64 WithComplex64
	report("WithComplex64{bool; complex64}", unsafe.Sizeof(c64), unsafe.Alignof(c64), []field{
		{"Flag", unsafe.Offsetof(c64.Flag), unsafe.Sizeof(c64.Flag), unsafe.Alignof(c64.Flag)},
		{"C", unsafe.Offsetof(c64.C), unsafe.Sizeof(c64.C), unsafe.Alignof(c64.C)},
	})
	var c128 WithComplex128
	report("WithComplex128{bool; complex128}", unsafe.Sizeof(c128), unsafe.Alignof(c128), []field{
		{"Flag", unsafe.Offsetof(c128.Flag), unsafe.Sizeof(c128.Flag), unsafe.Alignof(c128.Flag)},
		{"C", unsafe.Offsetof(c128.C), unsafe.Sizeof(c128.C), unsafe.Alignof(c128.C)},
	})

	fmt.Println("\nbuilt-in sizes/alignments:")
	var (
		p  *int
		s  string
		sl []int
		m  map[int]int
		i  interface{}
		a  [3]bool
	)
	rows := []struct {
		name        string
		size, align uintptr
	}{
		{"*int", unsafe.Sizeof(p), unsafe.Alignof(p)},
		{"uintptr", unsafe.Sizeof(uintptr(0)), unsafe.Alignof(uintptr(0))},
		{"string", unsafe.Sizeof(s), unsafe.Alignof(s)},
		{"[]int", unsafe.Sizeof(sl), unsafe.Alignof(sl)},
		{"map[int]int", unsafe.Sizeof(m), unsafe.Alignof(m)},
		{"interface{}", unsafe.Sizeof(i), unsafe.Alignof(i)},
		{"[3]bool", unsafe.Sizeof(a), unsafe.Alignof(a)},
	}
	for _, row := range rows {
		fmt.Printf("  %-12s size=%2d align=%d\n", row.name, row.size, row.align)
	}
}
