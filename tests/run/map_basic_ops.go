package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	m["one"] += 10
	fmt.Println(len(m), m["one"], m["missing"])
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["nope"]
	fmt.Println(v, ok)
	delete(m, "two")
	delete(m, "absent")
	fmt.Println(len(m))
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}
	fmt.Println(m)
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	m2 := m
	m2["shared"] = 1
	fmt.Println(len(m), m["shared"])
	if _, ok := m["one"]; ok {
		fmt.Println("has one")
	}
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i%37] += i
	}
	fmt.Println(len(big), big[0], big[36])
}
