package main

func fact(n int) int {
	r := 1
	for i := 2; i <= n; i++ {
		r *= i
	}
	return r
}

type P struct{ x, y int }

func newP(x int) *P { return &P{x: x} }

func main() {
	p := newP(3)
	println(fact(5), p.x+p.y)
}
