package main

import "fmt"

type T struct {
	s  string
	xs []int
}

func main() {
	a := []int{}
	a = append(a, 1)
	a = append(a, 2, 3)
	a = append(a, a...)
	fmt.Println(a)
	a = append(a[:2], a[4:]...)
	fmt.Println(a, len(a))
	var ts []T
	ts = append(ts, T{"x", []int{1}}, T{s: "y"})
	ts[1].xs = append(ts[1].xs, 5, 6)
	fmt.Println(ts)
	bs := []byte("ab")
	bs = append(bs, "cd"...)
	bs = append(bs, 'e')
	fmt.Println(string(bs))
	n := copy(bs[1:], "XYZ")
	fmt.Println(n, string(bs))
	ins := []int{1, 2, 4, 5}
	i := 2
	ins = append(ins[:i], append([]int{3}, ins[i:]...)...)
	fmt.Println(ins)
	strs := append([]string(nil), "a", "b")
	fmt.Println(strs, len(strs))
	var is []interface{}
	is = append(is, 1, "two", nil, 3.0)
	fmt.Println(is...)
	fns := append([]func() int{}, func() int { return 9 })
	fmt.Println(fns[0]())
}
