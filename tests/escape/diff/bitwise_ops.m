bitwise_ops.go:19:28: []uint64{...} does not escape
