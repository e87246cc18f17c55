array_value_copy.go:26:21: [][2]string{...} does not escape
array_value_copy.go:8:16: a does not escape
