// The stdlib cache test's program (stdlib_cache.sh): it uses what crosses the line between the
// program's object and the cached standard library's — its own types through fmt's interfaces
// (type descriptors, itabs and method wrappers in both objects), errors, sort with a closure,
// maps, package variables holding pointers in both parts (the collector's root tables of both
// objects) and a collection that must keep them alive.
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return "(" + strconv.Itoa(p.x) + "," + strconv.Itoa(p.y) + ")" }

type named []string

var keep = map[string]*point{}
var errNotFound = errors.New("not found")

func find(k string) (*point, error) {
	if p, ok := keep[k]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("find %q: %w", k, errNotFound)
}

func main() {
	for i := 0; i < 50; i++ {
		keep["k"+strconv.Itoa(i)] = &point{i, i * i}
	}
	runtime.GC()
	p, err := find("k7")
	fmt.Println(p, err, *p)
	_, err = find("zz")
	fmt.Println(err, errors.Is(err, errNotFound))
	words := named(strings.Fields("the quick brown fox jumps over the lazy dog"))
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Printf("%v %d %q\n", words, len(words), strings.Join(words[:3], "+"))
	var s fmt.Stringer = point{3, 4}
	fmt.Printf("%s %v %+v %T\n", s, s, point{1, 2}, s)
	var b strings.Builder
	fmt.Fprintf(&b, "%08.3f|%-5d|%x", 3.14159, 42, "hi")
	fmt.Fprintln(os.Stdout, b.String())
}
