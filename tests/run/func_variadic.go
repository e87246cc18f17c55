package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprint(prefix, len(vals), vals)
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	modify(s...)
	fmt.Println(s[0])
	modify(7, 8)
	fmt.Println(describe("n=", 1, "a", nil, 2.5))
	fmt.Println(describe("none"))
	var empty []int
	fmt.Println(sum(empty...))
	is := []interface{}{1, "x"}
	fmt.Println(describe("spread", is...))
	fmt.Println(fmt.Sprintf("%d-%d", []interface{}{1, 2}...))
}
