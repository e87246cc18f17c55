package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		fmt.Print(i, " ")
	}
	for _, v := range arr {
		fmt.Print(v, " ")
	}
	fmt.Println()
	sl := []int{10, 20, 30}
	for i, v := range sl {
		sl = append(sl, v)
		if i == 2 {
			fmt.Println("range evaluates the slice once; len now", len(sl))
		}
	}
	for i, c := range "aé" {
		fmt.Print(i, ":", string(c), " ")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var keys []string
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)
	pa := &[4]int{1, 2, 3, 4}
	for i, v := range pa {
		pa[3] = 40
		if i == 3 {
			fmt.Println("ptr-to-array element seen:", v)
		}
	}
	var i int
	var v string
	for i, v = range []string{"p", "q"} {
	}
	fmt.Println("after loop:", i, v)
	for range [5]struct{}{} {
		fmt.Print(".")
	}
	fmt.Println()
	ch := []byte("bytes")
	for i := range ch {
		ch[i] -= 32
	}
	fmt.Println(string(ch))
}
