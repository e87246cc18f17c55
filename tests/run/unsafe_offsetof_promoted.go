package main

// unsafe.Offsetof of a promoted field is its offset within the struct the selector starts
// from: the offsets along the path of embedded fields add up. unsafe.Slice builds a slice from
// a pointer and a length, with gc's panics for a nil pointer or a length out of range.

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	A byte
	B int64
}

type Middle struct {
	X int32
	Inner
}

type Outer struct {
	Flag bool
	Middle
	Tail uint16
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	var o Outer
	var p *Outer
	fmt.Println(unsafe.Offsetof(o.Flag), unsafe.Offsetof(o.Middle), unsafe.Offsetof(o.Tail))
	fmt.Println(unsafe.Offsetof(o.X), unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.A), unsafe.Offsetof(o.B))
	fmt.Println(unsafe.Offsetof(o.Middle.B), unsafe.Offsetof(p.B), unsafe.Offsetof(o.Inner.B))
	fmt.Println(unsafe.Sizeof(o), unsafe.Alignof(o.B))

	arr := [5]int32{10, 20, 30, 40, 50}
	s := unsafe.Slice(&arr[1], 3)
	fmt.Println(s, len(s), cap(s))
	s[0] = 99
	fmt.Println(arr)
	fmt.Println(unsafe.Slice((*int)(nil), 0) == nil)
	n := -1
	try("negative", func() { _ = unsafe.Slice(&arr[0], n) })
	try("nil", func() { _ = unsafe.Slice((*int32)(nil), 2) })
	var big uint64 = 1 << 63
	try("huge", func() { _ = unsafe.Slice(&arr[0], big) })
}
