package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], "shared backing array")
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c[3], d[3], "separate arrays (cap exceeded)")
	c[0] = 100
	fmt.Println(full[0], c[0])
	s := []int{0, 1, 2, 3, 4, 5}
	t := s[1:3]
	t = append(t, 99)
	fmt.Println(s, t)
	u := s[1:3:3]
	u = append(u, 77)
	fmt.Println(s, u)
	x := []int{1, 2, 3, 4}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	y := []int{1, 2, 3}
	y = append(y[:0], y...)
	fmt.Println(y)
	bs := append([]byte("hello "), "world"...)
	fmt.Println(string(bs))
	var n []int
	n = append(n)
	fmt.Println(n == nil, len(n))
}
