package main

import (
	"fmt"
	"unsafe"
)

type hdr struct {
	Data uintptr
	Len  int
	Cap  int
}

func main() {
	arr := [5]int32{10, 20, 30, 40, 50}
	base := unsafe.Pointer(&arr[0])
	for i := 0; i < len(arr); i++ {
		p := (*int32)(unsafe.Pointer(uintptr(base) + uintptr(i)*unsafe.Sizeof(arr[0])))
		*p += 1
	}
	fmt.Println(arr)
	third := (*int32)(unsafe.Add(base, 8))
	fmt.Println(*third)
	s := []int{1, 2, 3}
	h := (*hdr)(unsafe.Pointer(&s))
	fmt.Println(h.Len, h.Cap)
	h.Len = 2
	fmt.Println(s, len(s))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Printf("%#x\n", bits)
	u := uint32(0x01020304)
	b := (*[4]byte)(unsafe.Pointer(&u))
	fmt.Println(b[0], b[3])
	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	var x struct {
		a byte
		b int16
	}
	pb := (*int16)(unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + unsafe.Offsetof(x.b)))
	*pb = -7
	fmt.Println(x.b)
}
