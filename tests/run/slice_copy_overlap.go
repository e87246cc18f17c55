package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	src = []int{1, 2, 3, 4, 5}
	n = copy(src, src[2:])
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	n = copy(b, "")
	fmt.Println(n)
	var nilDst []int
	fmt.Println(copy(nilDst, src))
	big := make([]int, 10)
	fmt.Println(copy(big, src), big)
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	qs := make([]pt, 2)
	copy(qs, ps)
	qs[0].x = 9
	fmt.Println(ps, qs)
}
