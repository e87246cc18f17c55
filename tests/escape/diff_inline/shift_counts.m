shift_counts.go:13:26: []uint{...} does not escape
shift_counts.go:5:26: []uint{...} does not escape
shift_counts.go:9:26: []uint{...} does not escape
