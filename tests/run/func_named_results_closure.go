package main

func stats(xs []int) (min, max, sum int) {
	update := func(x int) {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
		sum += x
	}
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		update(x)
	}
	return
}

func fib() (next func() int) {
	a, b := 0, 1
	next = func() int {
		r := a
		a, b = b, a+b
		return r
	}
	return
}

func shadowed() (x int) {
	x = 1
	{
		x := 2
		_ = x
	}
	return
}

func overwrite() (s string) {
	defer func() { s += " (deferred)" }()
	s = "assigned"
	return "returned"
}

func main() {
	println(stats([]int{4, -2, 9, 0}))
	println(stats(nil))
	f := fib()
	for i := 0; i < 10; i++ {
		print(f(), " ")
	}
	println()
	println(shadowed(), overwrite())
}
