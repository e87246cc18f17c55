bitwise_ops.go:19:28: []uint64{...} does not escape
bitwise_ops.go:20:39: inlining call to popcount
bitwise_ops.go:3:6: can inline popcount
