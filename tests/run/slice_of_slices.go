package main

func main() {
	n := 5
	tri := make([][]int, n)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	jag[1] = append(jag[1], "x")
	for i, r := range jag {
		println(i, len(r))
	}
	grid := make([][]byte, 3)
	for i := range grid {
		grid[i] = []byte("...")
	}
	grid[1][1] = '#'
	for _, r := range grid {
		println(string(r))
	}
}
