int32_wraparound.go:28:25: []int{...} does not escape
