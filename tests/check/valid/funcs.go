// Valid program: functions, closures, variadics, method values, goroutines
// and package-level initialization order.

package main

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
)

var (
	a = b + 1 // initialized after b
	b = f()
)

func f() int { return 2 }

func init() {
	a *= 10
}

func init() {
	b++
}

type Op func(int, int) int

func apply(op Op, xs ...int) (acc int) {
	for _, x := range xs {
		acc = op(acc, x)
	}
	return
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func pair() (int, string) { return 1, "one" }

func takesPair(n int, s string) string { return strconv.Itoa(n) + s }

func sum(xs ...int) int { return apply(func(a, b int) int { return a + b }, xs...) }

type Acc struct {
	mu  sync.Mutex
	tot int
}

func (a *Acc) Add(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.tot += n
}

func main() {
	q, r := divmod(17, 5)
	next := counter()
	next()
	add := func(x, y int) int { return x + y }
	var op Op = add
	fmt.Println(a, b, q, r, next(), fib(10), apply(op, 1, 2, 3), sum(), sum(4, 5))
	fmt.Println(takesPair(pair()), strings.Repeat("ab", 2), strings.ToUpper("x"))
	n, err := strconv.Atoi("12")
	if err != nil {
		return
	}
	var acc Acc
	var wg sync.WaitGroup
	addFn := acc.Add
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			addFn(k)
		}(i)
	}
	wg.Wait()
	fmt.Println(acc.tot)
	func() {
		defer func() { recover() }()
		var m map[string]int
		m["x"] = 1
	}()
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[2](), fmt.Sprintf("%d-%s", 1, "x"))
}
