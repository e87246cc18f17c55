// Heap allocations of string building, counted with runtime.MemStats.Mallocs, against what gc
// makes: a chain a + b + c + d is one allocation (one concatenation of all operands, gc's
// OADDSTR) and none when its result does not escape and fits in 32 bytes (a buffer in the
// frame, gc's tmpBuf), strconv.Itoa of 0..99 none (a piece of a constant) and of other values one,
// strings.Builder.String none (it shares the builder's bytes). The printed strings check that
// the results are right; the counts are printed as "ok" when they are what gc makes.
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"strings"
)

var sink []string

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func check(what string, got, want uint64) {
	if got == want {
		fmt.Println(what, "ok")
	} else {
		fmt.Println(what, "got", got, "allocations, want", want)
	}
}

func main() {
	const n = 1000
	sink = make([]string, 0, 4*n)
	parts := []string{"alpha", "beta", "gamma", "delta"}

	before := mallocs()
	for i := 0; i < n; i++ {
		a, b, c, d := parts[i%4], parts[(i+1)%4], parts[(i+2)%4], parts[(i+3)%4]
		sink = append(sink, a+"-"+b+"-"+c+"-"+d)
	}
	check("concatenation of 7 operands: 1 allocation each:", mallocs()-before, n)
	fmt.Println(sink[0], sink[1], sink[n-1])

	total := 0
	before = mallocs()
	for i := 0; i < n; i++ {
		s := parts[i%4] + "/" + parts[(i+1)%4] // does not escape, at most 11 bytes
		total += len(s)
	}
	check("non-escaping concatenation of up to 32 bytes: no allocation:", mallocs()-before, 0)
	before = mallocs()
	for i := 0; i < n; i++ {
		s := parts[i%4] + "/" + parts[(i+1)%4] + "/" + parts[(i+2)%4] + "/" + parts[(i+3)%4] + "/" +
			parts[i%4] + "/" + parts[(i+1)%4] // 33 or 34 bytes
		total += len(s)
	}
	check("non-escaping concatenation over 32 bytes: 1 allocation each:", mallocs()-before, n)
	fmt.Println(total)

	// A result kept across iterations outlives the iteration: it must not share a buffer.
	var prev string
	for i := 0; i < 6; i++ {
		s := parts[i%4] + ":" + parts[(i+1)%4]
		fmt.Print(prev, "|", s, " ")
		prev = s
	}
	fmt.Println()
	keys := map[string]int{}
	for i := 0; i < 6; i++ {
		keys["k"+parts[i%4]]++
	}
	fmt.Println(keys)

	sink = sink[:0]
	before = mallocs()
	for i := 0; i < 100; i++ {
		sink = append(sink, strconv.Itoa(i))
	}
	check("strconv.Itoa(0..99): no allocation:", mallocs()-before, 0)
	fmt.Println(strings.Join(sink[:12], ","), sink[99])

	sink = sink[:0]
	before = mallocs()
	for i := 0; i < n; i++ {
		sink = append(sink, strconv.Itoa(i*7919-3000000))
	}
	check("strconv.Itoa(other): 1 allocation each:", mallocs()-before, n)
	fmt.Println(sink[0], sink[1], sink[n-1], strconv.FormatInt(-100, 10), strconv.FormatUint(100, 10),
		strconv.FormatInt(-9223372036854775808, 10), strconv.FormatUint(18446744073709551615, 16),
		strconv.FormatInt(-35, 36), strconv.FormatUint(99, 10), strconv.FormatInt(5, 2))

	sink = sink[:0]
	var b strings.Builder
	b.Grow(64)
	b.WriteString("hello")
	before = mallocs()
	for i := 0; i < n; i++ {
		sink = append(sink, b.String())
	}
	check("strings.Builder.String: no allocation:", mallocs()-before, 0)
	s1 := b.String()
	b.WriteString(", world")
	s2 := b.String()
	b.Reset()
	b.WriteByte('x')
	fmt.Println(s1, s2, b.String(), len(s2), b.Len())
}
