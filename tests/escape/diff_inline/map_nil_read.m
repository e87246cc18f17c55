map_nil_read.go:18:10: make(map[string]int) does not escape
