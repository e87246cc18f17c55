func_named_results_closure.go:18:9: inlining call to stats.func1
func_named_results_closure.go:23:6: can inline fib
func_named_results_closure.go:24:2: moved to heap: a
func_named_results_closure.go:24:5: moved to heap: b
func_named_results_closure.go:25:9: can inline fib.func1
func_named_results_closure.go:25:9: func literal escapes to heap
func_named_results_closure.go:33:6: can inline shadowed
func_named_results_closure.go:3:12: xs does not escape
func_named_results_closure.go:3:6: can inline stats
func_named_results_closure.go:43:8: can inline overwrite.func1
func_named_results_closure.go:43:8: func literal does not escape
func_named_results_closure.go:49:15: func literal does not escape
func_named_results_closure.go:49:15: inlining call to stats
func_named_results_closure.go:49:21: []int{...} does not escape
func_named_results_closure.go:4:12: can inline stats.func1
func_named_results_closure.go:4:12: func literal does not escape
func_named_results_closure.go:50:15: func literal does not escape
func_named_results_closure.go:50:15: inlining call to stats
func_named_results_closure.go:51:10: func literal does not escape
func_named_results_closure.go:51:10: inlining call to fib
func_named_results_closure.go:56:18: inlining call to shadowed
