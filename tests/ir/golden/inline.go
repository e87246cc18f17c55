package main

// divmod returns from two places: the results join in phis after the copy.
func divmod(a, b int) (int, int) {
	if b == 0 {
		return 0, 0
	}
	return a / b, a % b
}

// clamp assigns its parameter: in the caller it becomes a variable holding the argument.
func clamp(x int) int {
	if x > 9 {
		x = 9
	}
	return x
}

func main() {
	q, r := divmod(7, 2)
	n := 4
	add := func(d int) int { return n + d }
	println(q, r, clamp(q+r), add(1))
}
