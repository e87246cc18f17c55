package main

import "fmt"

type K struct{ A int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[1.0] = "float 1"
	m[K{1}] = "struct K{1}"
	m[[2]int{1, 1}] = "array"
	m[nil] = "nil"
	m[true] = "bool"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[1.0], "|", m[K{1}], "|", m[[2]int{1, 1}], "|", m[nil], "|", m[true])
	_, ok := m[int32(1)]
	fmt.Println("int32(1) present:", ok)
	var e error
	m[e] = "nil error is nil interface"
	fmt.Println(len(m), m[nil])
	type S interface{ String() string }
	m2 := map[fmt.Stringer]int{}
	fmt.Println(len(m2))
	delete(m, K{1})
	fmt.Println(len(m), m[K{1}] == "")
}
