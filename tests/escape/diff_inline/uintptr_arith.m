uintptr_arith.go:16:29: []uintptr{...} does not escape
