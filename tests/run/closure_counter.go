package main

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func adder(start int) func(int) int {
	sum := start
	return func(x int) int {
		sum += x
		return sum
	}
}

func main() {
	next, reset := counter()
	println(next(), next(), next())
	reset()
	println(next())
	other, _ := counter()
	println(other(), next())
	a := adder(10)
	for i := 1; i <= 4; i++ {
		println(a(i))
	}
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println("x =", x)
	f := func(n int) func() int {
		return func() int { n *= 2; return n }
	}(3)
	println(f(), f(), f())
}
