package main

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	for i := 0; i <= 15; i += 3 {
		println("fib", i, fib(i))
	}
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	println(isEven(10), isOdd(7), isEven(3))
	var walk func(n, depth int)
	walk = func(n, depth int) {
		if n == 0 {
			return
		}
		for i := 0; i < depth; i++ {
			print("  ")
		}
		println("node", n)
		walk(n/2, depth+1)
		walk(n/3, depth+1)
	}
	walk(6, 0)
}
