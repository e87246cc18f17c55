uint64_wraparound.go:25:15: inlining call to xorshift
uint64_wraparound.go:29:27: ([]byte)("gocc") does not escape
uint64_wraparound.go:3:6: can inline xorshift
