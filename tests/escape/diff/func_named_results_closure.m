func_named_results_closure.go:24:2: moved to heap: a
func_named_results_closure.go:24:5: moved to heap: b
func_named_results_closure.go:25:9: func literal escapes to heap
func_named_results_closure.go:3:12: xs does not escape
func_named_results_closure.go:43:8: func literal does not escape
func_named_results_closure.go:49:21: []int{...} does not escape
func_named_results_closure.go:4:12: func literal does not escape
