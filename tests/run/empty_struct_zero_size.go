package main

import (
	"fmt"
	"sort"
	"unsafe"
)

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Signal struct{}

func (Signal) Name() string { return "signal" }

func main() {
	s := Set{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		s.Add(w)
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, s.Has("a"), s.Has("z"))
	var e1, e2 struct{}
	fmt.Println(e1 == e2, unsafe.Sizeof(e1))
	arr := make([]struct{}, 100)
	fmt.Println(len(arr), unsafe.Sizeof(arr[0]))
	var zeroArr [0]int
	fmt.Println(len(zeroArr), unsafe.Sizeof(zeroArr))
	sig := Signal{}
	var i interface{ Name() string } = sig
	fmt.Println(i.Name(), i == Signal{})
	type withEmpty struct {
		a int32
		_ struct{}
		b int32
	}
	fmt.Println(unsafe.Sizeof(withEmpty{}))
	fmt.Printf("%v %+v\n", struct{}{}, Signal{})
}
