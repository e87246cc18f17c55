package main

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	println("found", found)
loop:
	for i := 0; ; i++ {
		switch {
		case i == 1:
			continue loop
		case i > 3:
			break loop
		}
		println("i", i)
	}
	n := 0
sw:
	switch {
	case true:
		for {
			n++
			if n == 3 {
				break sw
			}
		}
	}
	println("n", n)
}
