uint64_wraparound.go:29:27: ([]byte)("gocc") does not escape
