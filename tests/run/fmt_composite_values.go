package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	A, B  Point
	Label string
	Tags  []string
}

type Inner struct{ N int }
type Outer struct {
	P *Inner
	M map[string]int
}

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v\n", pp, pp)
	l := Line{Point{0, 0}, Point{3, 4}, "diag", []string{"a", "b"}}
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	s := []interface{}{1, "two", 3.0, nil, p, []int{4}}
	fmt.Printf("%v\n%#v\n", s, s)
	m := map[string]Point{"b": {2, 2}, "a": {1, 1}}
	fmt.Printf("%v\n%#v\n", m, m)
	mi := map[int]string{3: "c", -1: "neg", 10: "ten"}
	fmt.Println(mi)
	o := Outer{nil, nil}
	fmt.Printf("%+v\n", o)
	arr := [3]bool{true}
	fmt.Printf("%v %#v\n", arr, arr)
	fmt.Printf("%q\n", []string{"x y", "z\n"})
	fmt.Printf("%v %d %x\n", []byte("AB"), []byte("AB"), []int{10, 255})
	fmt.Printf("%s|%v|%q\n", "str", "str", "str")
	fmt.Printf("%10s|%-10s|%.2s|\n", "right", "left", "truncate")
	var ip *int
	var e error
	fmt.Println(ip, e, []string(nil), map[string]int(nil))
	fmt.Printf("%v %+v %s %d\n", nil, e, nil, nil)
	type anon = struct{ A, B interface{} }
	fmt.Printf("%v %+v\n", anon{1, "x"}, anon{nil, []int(nil)})
}
