// Command escape shows escape analysis: the compiler keeps a variable on the
// goroutine's stack unless it can outlive the call (its address is returned,
// stored in a global, captured by a closure that escapes, boxed into an
// interface that escapes) or its size is unknown or too large at compile time.
// Escaping values are allocated on the heap and later reclaimed by the GC,
// which is what the seed's GC note means by "栈上逃逸到堆上的对象".
//
// Each function below is one case (marked go:noinline so it is analysed and
// run on its own); main prints its result and counts heap allocations per
// call with runtime.ReadMemStats, as testing.AllocsPerRun does. To see the
// compiler's own reasoning, with inlining disabled:
//
//	cd examples/escape && go build -gcflags='-m -l' -o /tmp/escape main.go
//
// gc-m.txt next to this file holds that report for Go 1.19 (gc writes it to
// stderr); gocc's own `gocc -m` report is planned for a later issue.
//
// Seed notes: 000_e45fb47a628addc5.txt, sections "逃逸分析" and "垃圾回收".
//
// Expected exit code: 0
package main

import (
	"fmt"
	"runtime"
)

type point struct{ X, Y int }

var (
	sink    *int
	anySink interface{}
)

//go:noinline
func newInt() *int {
	x := 42
	return &x // x outlives the call: "moved to heap: x"
}

//go:noinline
func sumArray() int {
	arr := [4]int{1, 2, 3, 4}
	p := &arr // the address never leaves the function: arr stays on the stack
	total := 0
	for _, v := range p {
		total += v
	}
	return total
}

//go:noinline
func storeGlobal() {
	y := 7
	sink = &y // reachable from a global: "moved to heap: y"
}

//go:noinline
func counter() func() int {
	n := 0
	return func() int { // the closure and the n it shares both escape
		n++
		return n
	}
}

//go:noinline
func applyLocal(v int) int {
	k := 3
	f := func(x int) int { return x * k } // "func literal does not escape"
	return f(v)
}

//go:noinline
func boxInt(v int) {
	anySink = v // the interface's boxed copy of v escapes: "v escapes to heap"
}

// identity only passes p through: "leaking param: p to result ~r0 level=0".
func identity(p *point) *point { return p }

//go:noinline
func localNew() int {
	p := identity(new(point)) // "new(point) does not escape"
	p.X, p.Y = 3, 4
	return p.X*p.X + p.Y*p.Y
}

//go:noinline
func makeConst() int {
	s := make([]int, 8) // small constant size: the backing array is on the stack
	for i := range s {
		s[i] = i * i
	}
	return s[7]
}

//go:noinline
func makeVar(n int) int {
	s := make([]int, n) // size known only at run time: heap
	return len(s)
}

//go:noinline
func makeHuge() int {
	s := make([]byte, 1<<17) // constant but above the 64 KiB stack limit: heap
	return len(s)
}

// allocsPerRun reports the average number of heap allocations made by f.
func allocsPerRun(runs int, f func() int) uint64 {
	var before, after runtime.MemStats
	f() // warm up
	runtime.ReadMemStats(&before)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / uint64(runs)
}

func main() {
	runtime.GOMAXPROCS(1)
	cases := []struct {
		name string
		f    func() int
	}{
		{"newInt (return &local)", func() int { return *newInt() }},
		{"sumArray (&local stays inside)", sumArray},
		{"storeGlobal (&local in global)", func() int { storeGlobal(); return *sink }},
		{"counter (escaping closure)", func() int { return counter()() }},
		{"applyLocal (local closure)", func() int { return applyLocal(5) }},
		{"boxInt (interface in global)", func() int { boxInt(1000); return anySink.(int) }},
		{"localNew (new, not escaping)", localNew},
		{"makeConst (make([]int, 8))", makeConst},
		{"makeVar (make([]int, n))", func() int { return makeVar(10) }},
		{"makeHuge (make([]byte, 1<<17))", makeHuge},
	}
	fmt.Printf("%-32s %8s %s\n", "case", "result", "heap allocs/call")
	for _, c := range cases {
		fmt.Printf("%-32s %8d %d\n", c.name, c.f(), allocsPerRun(100, c.f))
	}
}
