package main

func ack(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n >= 4 {
		println("move disk", n, from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [16]int
	pad[n%16] = n
	return depth(n-1) + 1 + pad[n%16] - n
}

func main() {
	for m := uint(0); m <= 3; m++ {
		for n := uint(0); n <= 4; n++ {
			print(ack(m, n), " ")
		}
		println()
	}
	moves := 0
	hanoi(5, "A", "C", "B", &moves)
	println("moves", moves)
	println("deep recursion", depth(100000))
}
