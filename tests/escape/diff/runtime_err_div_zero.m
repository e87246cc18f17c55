runtime_err_div_zero.go:15:19: []int{...} does not escape
runtime_err_div_zero.go:16:19: []int{...} does not escape
runtime_err_div_zero.go:6:10: xs does not escape
