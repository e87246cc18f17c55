package main

// Integer division by zero:
// panic: runtime error: integer divide by zero

func avg(xs []int) int {
	sum := 0
	for _, x := range xs {
		sum += x
	}
	return sum / len(xs)
}

func main() {
	println(avg([]int{1, 2, 3}))
	println(avg([]int{-4, 4, 9}))
	f := 1.0
	var zf float64
	println("float division by zero is fine:", f/zf)
	println(avg(nil))
	println("not reached")
}
