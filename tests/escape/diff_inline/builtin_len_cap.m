builtin_len_cap.go:18:12: make([]byte, 2, 10) does not escape
builtin_len_cap.go:22:20: ([]rune)(str) does not escape
builtin_len_cap.go:9:19: map[int]bool{...} does not escape
