func_multiple_results.go:14:12: s does not escape
func_multiple_results.go:21:24: ... argument does not escape
func_multiple_results.go:21:25: c escapes to heap
func_multiple_results.go:28:11: leaking param: a to result ~r1 level=0
func_multiple_results.go:28:14: leaking param: b to result ~r0 level=0
func_multiple_results.go:34:13: ... argument does not escape
func_multiple_results.go:34:13: q escapes to heap
func_multiple_results.go:34:13: r escapes to heap
func_multiple_results.go:35:13: ... argument does not escape
func_multiple_results.go:35:13: .autotmp_2 escapes to heap
func_multiple_results.go:35:13: .autotmp_3 escapes to heap
func_multiple_results.go:36:28: []string{...} does not escape
func_multiple_results.go:38:14: ... argument does not escape
func_multiple_results.go:38:14: n escapes to heap
func_multiple_results.go:41:13: ... argument does not escape
func_multiple_results.go:41:13: a escapes to heap
func_multiple_results.go:41:13: b escapes to heap
func_multiple_results.go:42:13: ... argument does not escape
func_multiple_results.go:42:13: .autotmp_10 escapes to heap
func_multiple_results.go:42:13: .autotmp_9 escapes to heap
func_multiple_results.go:44:13: ... argument does not escape
func_multiple_results.go:44:13: only escapes to heap
func_multiple_results.go:46:13: ... argument does not escape
func_multiple_results.go:46:16: x + y escapes to heap
