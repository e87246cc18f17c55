div_mod_truncation.go:4:19: [][2]int{...} does not escape
