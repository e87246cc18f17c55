range_parallel_assign.go:13:13: ... argument does not escape
range_parallel_assign.go:13:13: i escapes to heap
range_parallel_assign.go:13:13: inlining call to fmt.Println
range_parallel_assign.go:13:13: x escapes to heap
range_parallel_assign.go:15:13: []rune{...} does not escape
range_parallel_assign.go:19:13: ... argument does not escape
range_parallel_assign.go:19:13: inlining call to fmt.Println
range_parallel_assign.go:19:13: j escapes to heap
range_parallel_assign.go:19:23: string(r) escapes to heap
range_parallel_assign.go:19:23: string(r) escapes to heap
range_parallel_assign.go:21:24: map[string]int{...} does not escape
range_parallel_assign.go:22:19: []string{...} escapes to heap
range_parallel_assign.go:26:13: ... argument does not escape
range_parallel_assign.go:26:13: inlining call to fmt.Println
range_parallel_assign.go:26:13: n escapes to heap
range_parallel_assign.go:26:13: names escapes to heap
range_parallel_assign.go:29:13: make([]int, 4) escapes to heap
range_parallel_assign.go:33:13: ... argument does not escape
range_parallel_assign.go:33:13: inlining call to fmt.Println
range_parallel_assign.go:33:13: k escapes to heap
range_parallel_assign.go:33:13: out escapes to heap
range_parallel_assign.go:7:12: []int{...} escapes to heap
range_parallel_assign.go:8:12: []int{...} does not escape
