package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), len(b), cap(b))
	fmt.Printf("%v %v %d\n", a, b, len(c))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	d := a[:0]
	fmt.Println(d == nil, len(d), cap(d))
	var e []string
	e = e[:0]
	fmt.Println(e == nil)
	f := a[1:]
	fmt.Println(len(f), f == nil)
	var m map[string][]int
	fmt.Println(m["x"] == nil)
	g := make([]int, 0, 0)
	fmt.Println(g == nil, cap(g))
	fmt.Printf("%#v %#v\n", []int(nil), []int{})
}
