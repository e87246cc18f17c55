nqueens_backtrack.go:26:19: make([]bool, n) escapes to heap
nqueens_backtrack.go:26:36: make([]bool, 2 * n) escapes to heap
nqueens_backtrack.go:26:55: make([]bool, 2 * n) escapes to heap
nqueens_backtrack.go:26:74: make([]int, n) escapes to heap
nqueens_backtrack.go:3:24: cols does not escape
nqueens_backtrack.go:3:30: d1 does not escape
nqueens_backtrack.go:3:34: d2 does not escape
nqueens_backtrack.go:3:45: board does not escape
nqueens_backtrack.go:3:58: count does not escape
nqueens_backtrack.go:3:70: first does not escape
