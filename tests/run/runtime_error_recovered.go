package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error: %s\n", name, re.Error())
			return
		}
		if e, ok := r.(error); ok {
			fmt.Printf("%s: error: %s\n", name, e.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

type T struct{ x int }

func main() {
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	try("neg index", func() { j := -1; _ = s[j] })
	try("slice bounds", func() { _ = s[1:i] })
	try("slice lo>hi", func() { lo := 3; hi := 1; _ = s[lo:hi] })
	try("3-index", func() { _ = s[0:2:i] })
	try("string index", func() { str := "abc"; _ = str[i] })
	try("nil map", func() { var m map[int]int; m[1] = 1 })
	try("div zero", func() { z := 0; _ = 10 / z })
	try("nil deref", func() { var p *T; _ = p.x })
	try("type assert", func() { var v interface{} = "str"; _ = v.(int) })
	try("iface assert", func() { var v interface{} = 1; _ = v.(fmt.Stringer) })
	try("array index", func() { var a [4]int; k := 4; a[k%8] = 1 })
	try("conversion", func() { sl := []int{1}; _ = (*[2]int)(sl) })
	try("custom", func() { panic("plain string") })
	try("negative make", func() { n := -1; _ = make([]int, n) })
}
