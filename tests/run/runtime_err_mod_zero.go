package main

import "fmt"

// Integer remainder by zero (int8) is the same runtime error as division:
// "integer divide by zero". Deferred calls run before the crash report.

func rem(x, d int8) int8 { return x % d }

func main() {
	defer fmt.Println("deferred print runs before the crash report")
	x := int8(7)
	for _, d := range []int8{3, -3, 1, -1, 7} {
		fmt.Println(x, "%", d, "=", rem(x, d))
	}
	min := int8(-128)
	fmt.Println("-128 % -1 =", rem(min, -1))
	var d int8
	fmt.Println(rem(x, d))
	fmt.Println("not reached")
}
