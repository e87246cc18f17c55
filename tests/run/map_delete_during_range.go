package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{}
	for i := 0; i < 100; i++ {
		m[i] = fmt.Sprint(i)
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println("after deleting odd keys:", len(m))
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println("deleted all while ranging:", seen, len(m))
	m2 := map[string]int{"a": 1, "b": 2, "c": 3}
	visited := 0
	for k := range m2 {
		visited++
		delete(m2, "a")
		delete(m2, "b")
		delete(m2, "c")
		_ = k
	}
	fmt.Println("visited after deleting everything on first iteration:", visited)
	m3 := map[int]int{1: 1, 2: 2, 3: 3}
	for k, v := range m3 {
		m3[k] = v * 10
	}
	keys := []int{}
	for k := range m3 {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m3[k], " ")
	}
	fmt.Println()
}
