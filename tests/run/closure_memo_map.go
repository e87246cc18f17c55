package main

import "fmt"

func memoize(f func(func(int) int, int) int) func(int) int {
	cache := map[int]int{}
	var self func(int) int
	self = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(self, n)
		cache[n] = v
		return v
	}
	return self
}

func main() {
	calls := 0
	fib := memoize(func(rec func(int) int, n int) int {
		calls++
		if n < 2 {
			return n
		}
		return rec(n-1) + rec(n-2)
	})
	fmt.Println(fib(50), calls)
	fmt.Println(fib(60), calls)
	paths := memoize(func(rec func(int) int, n int) int {
		r, c := n/100, n%100
		if r == 0 || c == 0 {
			return 1
		}
		return rec((r-1)*100+c) + rec(r*100+c-1)
	})
	fmt.Println("lattice paths 10x10:", paths(10*100+10))
	collatz := memoize(func(rec func(int) int, n int) int {
		if n == 1 {
			return 0
		}
		if n%2 == 0 {
			return 1 + rec(n/2)
		}
		return 1 + rec(3*n+1)
	})
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println("longest collatz below 10000:", arg, best)
}
