int32_wraparound.go:28:25: []int{...} does not escape
int32_wraparound.go:29:29: inlining call to fib
int32_wraparound.go:3:6: can inline fib
