runtime_err_div_zero.go:15:13: inlining call to avg
runtime_err_div_zero.go:15:19: []int{...} does not escape
runtime_err_div_zero.go:16:13: inlining call to avg
runtime_err_div_zero.go:16:19: []int{...} does not escape
runtime_err_div_zero.go:20:13: inlining call to avg
runtime_err_div_zero.go:6:10: xs does not escape
runtime_err_div_zero.go:6:6: can inline avg
