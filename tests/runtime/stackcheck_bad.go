// A program that hides a stack address from escape analysis (as a uintptr through a function
// call) and stores it in a heap object: x stays in fill's frame, which returns. The program runs
// and prints 100; under GOCCDEBUG=gcstress=1,stackcheck=1 the collector must stop it with
// "fatal error: stackcheck: ... points into a stack" (tests/runtime/stackcheck.sh).
package main

import (
	"fmt"
	"unsafe"
)

type holder struct{ p *int }

var keep *holder

//go:noinline
func launder(u uintptr) uintptr { return u }

func fill() {
	x := 42
	u := uintptr(unsafe.Pointer(&x)) // the address leaves the graph as an integer
	keep = &holder{}
	keep.p = (*int)(unsafe.Pointer(launder(u))) // a heap object now points into fill's frame
}

func main() {
	fill()
	s := make([]int, 100)
	fmt.Println(len(s))
}
