package main

import (
	"fmt"
	"unsafe"
)

// The seed's pattern: write a struct field through
// unsafe.Pointer(uintptr(unsafe.Pointer(&s)) + unsafe.Offsetof(s.f)).

type Programmer struct {
	name     string
	age      int
	language string
}

func main() {
	p := Programmer{"stefno", 18, "go"}
	fmt.Println(p)

	name := (*string)(unsafe.Pointer(&p))
	*name = "qcrao"

	lang := (*string)(unsafe.Pointer(uintptr(unsafe.Pointer(&p)) + unsafe.Offsetof(p.language)))
	*lang = "Golang"

	age := (*int)(unsafe.Pointer(uintptr(unsafe.Pointer(&p)) + unsafe.Offsetof(p.age)))
	*age += 2

	fmt.Println(p)
	fmt.Println(unsafe.Offsetof(p.name), unsafe.Offsetof(p.age), unsafe.Offsetof(p.language), unsafe.Sizeof(p))
}
