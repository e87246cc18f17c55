// Command unsafeptr works through the seed's unsafe.Pointer / uintptr notes:
// unsafe.Pointer can hold the address of any type and converts to and from
// uintptr, and uintptr is a plain integer on which offsets can be computed.
//
// Every conversion below follows the unsafe.Pointer rules in the unsafe
// package documentation:
//
//	(1) *T1 -> unsafe.Pointer -> *T2 when T2 is no larger than T1 and the
//	    memory layouts are compatible (float64 bits, header structs);
//	(3) unsafe.Pointer -> uintptr -> arithmetic -> unsafe.Pointer, all in ONE
//	    expression, staying inside the original object (struct fields, array
//	    elements). Keeping the uintptr in a variable and converting it back
//	    later is invalid: a uintptr does not keep the object alive and is not
//	    updated if the object moves.
//
// The string/slice header views use local header structs whose Data field is
// an unsafe.Pointer (so the GC still sees the pointer) and only read through
// them; unsafe.Slice (Go 1.17) builds a slice from a pointer and a length.
//
// Seed note: 000_e45fb47a628addc5.txt, section "uintptr unsafe.Pointer".
//
// Expected exit code: 0
package main

import (
	"fmt"
	"math"
	"unsafe"
)

type demo struct {
	PropertyOne string
	PropertyTwo string
}

type point struct {
	X, Y int32
	Tag  byte
	Z    int64
}

type stringHeader struct {
	Data unsafe.Pointer
	Len  int
}

type sliceHeader struct {
	Data     unsafe.Pointer
	Len, Cap int
}

func main() {
	// Seed example 1: reinterpret a float64's bits as an int64 (rule 1).
	var a float64 = 1.0
	b := (*int64)(unsafe.Pointer(&a))
	fmt.Printf("float64 %v as int64: %#x (math.Float64bits: %#x)\n", a, *b, math.Float64bits(a))
	*b = 0x4000000000000000 // a and *b are the same eight bytes
	fmt.Println("after *b = 0x4000000000000000, a =", a)

	// Seed example 2: write a struct field through pointer arithmetic (rule 3).
	d := &demo{PropertyOne: "one", PropertyTwo: "two"}
	dTwoPointer := (*string)(unsafe.Pointer(uintptr(unsafe.Pointer(d)) + unsafe.Offsetof(d.PropertyTwo)))
	*dTwoPointer = "three"
	fmt.Println("d.PropertyTwo", d.PropertyTwo)

	// Array elements: uintptr arithmetic and the equivalent unsafe.Add.
	arr := [5]int32{10, 20, 30, 40, 50}
	base := unsafe.Pointer(&arr[0])
	var viaUintptr, viaAdd []int32
	for i := uintptr(0); i < uintptr(len(arr)); i++ {
		viaUintptr = append(viaUintptr, *(*int32)(unsafe.Pointer(uintptr(base) + i*unsafe.Sizeof(arr[0]))))
	}
	for i := 0; i < len(arr); i++ {
		viaAdd = append(viaAdd, *(*int32)(unsafe.Add(base, i*int(unsafe.Sizeof(arr[0])))))
	}
	fmt.Println("arr via uintptr:", viaUintptr, "via unsafe.Add:", viaAdd)

	// Struct fields by offset; a pointer to a struct is a pointer to its first field.
	p := &point{X: 1, Y: 2, Tag: 'k', Z: -7}
	fmt.Println("point offsets X Y Tag Z:", unsafe.Offsetof(p.X), unsafe.Offsetof(p.Y),
		unsafe.Offsetof(p.Tag), unsafe.Offsetof(p.Z))
	x := (*int32)(unsafe.Pointer(p))
	y := (*int32)(unsafe.Add(unsafe.Pointer(p), unsafe.Offsetof(p.Y)))
	tag := (*byte)(unsafe.Pointer(uintptr(unsafe.Pointer(p)) + unsafe.Offsetof(p.Tag)))
	z := (*int64)(unsafe.Add(unsafe.Pointer(p), unsafe.Offsetof(p.Z)))
	*x, *y = *y, *x
	*z *= 6
	fmt.Printf("via pointers: X=%d Y=%d Tag=%c Z=%d\n", p.X, p.Y, *tag, p.Z)

	// unsafe.Slice views the array as a slice without copying.
	view := unsafe.Slice(&arr[1], 3)
	view[0] = 21
	fmt.Println("unsafe.Slice(&arr[1], 3) =", view, "len", len(view), "cap", cap(view), "arr =", arr)

	// Reading a string header: its length and a read-only view of its bytes.
	s := "gocc"
	sh := (*stringHeader)(unsafe.Pointer(&s))
	bytes := unsafe.Slice((*byte)(sh.Data), sh.Len) // must never be written
	fmt.Println("string header Len =", sh.Len, "bytes =", bytes)

	// []byte -> string without copying (the strings.Builder.String trick):
	// a slice header starts with the same two words as a string header.
	buf := append(make([]byte, 0, 8), "memory"...)
	str := *(*string)(unsafe.Pointer(&buf))
	bh := (*sliceHeader)(unsafe.Pointer(&buf))
	sh2 := (*stringHeader)(unsafe.Pointer(&str))
	fmt.Printf("zero-copy string %q: shares data=%v len=%d cap=%d\n", str, bh.Data == sh2.Data, bh.Len, bh.Cap)

	fmt.Println("sizeof uintptr =", unsafe.Sizeof(uintptr(0)), "sizeof unsafe.Pointer =", unsafe.Sizeof(base))
}
