// nil is assignable to unsafe.Pointer (a basic type with nil): in declarations, assignments
// and comparisons.
package main

import (
	"fmt"
	"unsafe"
)

var g unsafe.Pointer = nil

func main() {
	var p unsafe.Pointer
	p = nil
	x := 5
	if p == nil {
		p = unsafe.Pointer(&x)
	}
	g = nil
	fmt.Println(*(*int)(p), g == nil)
	var q unsafe.Pointer = nil
	fmt.Println(q == nil)
}
