package main

import (
	"fmt"
	"unsafe"
)

type RGBA struct{ R, G, B, A uint8 }

type header struct {
	magic   [4]byte
	version uint16
	flags   uint16
	length  uint32
}

func main() {
	c := RGBA{0x11, 0x22, 0x33, 0x44}
	packed := *(*uint32)(unsafe.Pointer(&c))
	fmt.Printf("%#08x\n", packed)
	raw := [12]byte{'G', 'O', 'C', 'C', 2, 0, 1, 0, 0x10, 0, 0, 0}
	h := (*header)(unsafe.Pointer(&raw))
	fmt.Println(string(h.magic[:]), h.version, h.flags, h.length)
	h.length = 0x01020304
	fmt.Println(raw[8:])
	type pair struct{ a, b int64 }
	arr := [2]int64{7, 9}
	p := (*pair)(unsafe.Pointer(&arr))
	p.a, p.b = p.b, p.a
	fmt.Println(arr)
	base := unsafe.Pointer(&c)
	for i := uintptr(0); i < unsafe.Sizeof(c); i++ {
		b := (*uint8)(unsafe.Pointer(uintptr(base) + i))
		*b += 1
	}
	fmt.Printf("%+v\n", c)
	fmt.Println(unsafe.Sizeof(header{}), unsafe.Alignof(header{}.length), unsafe.Offsetof(header{}.length))
}
