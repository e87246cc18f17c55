package main

import "fmt"

func main() {
	arr := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := arr[2:5:7]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s, len(s), cap(s))
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	t = append(t, 42)
	fmt.Println(arr[0], t[0])
	u := arr[8:10:10]
	u = append(u, 10)
	u[0] = 80
	fmt.Println(arr[8], u)
	sl := []string{"a", "b", "c", "d", "e"}
	v := sl[1:2:3]
	fmt.Println(v, len(v), cap(v))
	v = append(v, "X")
	fmt.Println(sl)
	v = append(v, "Y")
	v[0] = "B"
	fmt.Println(sl, v)
	str := arr[:]
	w := str[3:3:3]
	fmt.Println(len(w), cap(w))
	p := &arr
	q := p[5:6:8]
	fmt.Println(q, cap(q))
}
