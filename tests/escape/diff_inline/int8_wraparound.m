int8_wraparound.go:31:13: []int8{...} does not escape
