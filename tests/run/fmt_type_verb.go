package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Pair struct {
	K string
	V int
}

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), uintptr(1), 1.5, float32(1.5), 1 + 2i, complex64(1),
		"s", 'r', byte('b'), true, nil, MyInt(3), Pair{}, &Pair{}, []Pair{}, [2]int{},
		map[string][]int{}, func(int) string { return "" }, errors.New("e"),
		struct{ A int }{}, new(interface{}), []interface{}{}, (*int)(nil),
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	var iface fmt.Stringer
	fmt.Printf("%T %v\n", iface, iface)
}
