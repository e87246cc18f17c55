package main

func solve(n, row int, cols, d1, d2 []bool, board []int, count *int, first *[]int) {
	if row == n {
		*count++
		if *first == nil {
			*first = append([]int(nil), board...)
		}
		return
	}
	for c := 0; c < n; c++ {
		if cols[c] || d1[row+c] || d2[row-c+n-1] {
			continue
		}
		cols[c], d1[row+c], d2[row-c+n-1] = true, true, true
		board[row] = c
		solve(n, row+1, cols, d1, d2, board, count, first)
		cols[c], d1[row+c], d2[row-c+n-1] = false, false, false
	}
}

func main() {
	for n := 1; n <= 8; n++ {
		count := 0
		var first []int
		solve(n, 0, make([]bool, n), make([]bool, 2*n), make([]bool, 2*n), make([]int, n), &count, &first)
		println("n =", n, "solutions =", count)
		if n == 8 {
			for _, c := range first {
				for i := 0; i < n; i++ {
					if i == c {
						print("Q")
					} else {
						print(".")
					}
				}
				println()
			}
		}
	}
}
