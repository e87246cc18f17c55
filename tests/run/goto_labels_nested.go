package main

// goto and labels: jumping backwards and forwards within a function, out of nested
// blocks, and labels shared with break/continue.

func find(grid [][]int, target int) (r, c int) {
	r = 0
rows:
	if r >= len(grid) {
		return -1, -1
	}
	for c = 0; c < len(grid[r]); c++ {
		if grid[r][c] == target {
			goto found
		}
	}
	r++
	goto rows
found:
	return r, c
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5}, {6, 7, 8, 9}}
	for _, t := range []int{5, 9, 1, 42} {
		r, c := find(grid, t)
		println("find", t, "->", r, c)
	}
	n := 0
again:
	n++
	switch {
	case n < 3:
		goto again
	case n == 3:
		println("n reached", n)
	}
	i := 0
outer:
	for ; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if i*j == 12 {
				break outer
			}
			if j > i {
				continue outer
			}
		}
	}
	println("stopped at i =", i)
	goto end
end:
	println("end")
}
