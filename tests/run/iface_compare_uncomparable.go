package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", name, r)
			if e, ok := r.(error); ok {
				fmt.Println("  is error:", e.Error())
			}
		}
	}()
	f()
	fmt.Println(name, "ok")
}

type holder struct{ v interface{} }

func main() {
	var a interface{} = []int{1}
	var b interface{} = []int{1}
	var c interface{} = 1
	try("different dynamic types", func() { fmt.Println(a == c) })
	try("slices in interfaces", func() { fmt.Println(a == b) })
	try("maps in interfaces", func() {
		var x, y interface{} = map[int]int{}, map[int]int{}
		fmt.Println(x == y)
	})
	try("funcs in interfaces", func() {
		var x, y interface{} = func() {}, func() {}
		fmt.Println(x == y)
	})
	try("struct holding slice", func() { fmt.Println(holder{[]int{}} == holder{[]int{}}) })
	try("unhashable map key", func() {
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	})
	try("unhashable lookup", func() {
		m := map[interface{}]int{}
		_ = m[map[int]int{}]
	})
	try("array of interfaces", func() {
		x := [1]interface{}{[]int{}}
		y := [1]interface{}{[]int{}}
		fmt.Println(x == y)
	})
}
