string_index_slice.go:11:33: string(rune(b)) does not escape
