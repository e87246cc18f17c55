package main

import "fmt"

func main() {
	// `for k, v = range x` is an assignment: x[i]'s index is evaluated before i is assigned.
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	r := []rune{'a', 'b'}
	j := 1
	for j, r[j] = range "cd" {
	}
	fmt.Println(j, string(r))

	keys := map[string]int{"k": 5}
	names := []string{"", ""}
	n := 1
	for names[n], n = range keys {
	}
	fmt.Println(n, names)

	arr := [3]int{7, 8, 9}
	out := make([]int, 4)
	k := 3
	for k, out[k] = range &arr {
	}
	fmt.Println(k, out)
}
