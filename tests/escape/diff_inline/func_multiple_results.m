func_multiple_results.go:14:12: s does not escape
func_multiple_results.go:16:23: &errors.errorString{...} escapes to heap
func_multiple_results.go:16:23: inlining call to errors.New
func_multiple_results.go:21:24: ... argument does not escape
func_multiple_results.go:21:25: c escapes to heap
func_multiple_results.go:28:11: leaking param: a to result ~r1 level=0
func_multiple_results.go:28:14: leaking param: b to result ~r0 level=0
func_multiple_results.go:28:6: can inline swap
func_multiple_results.go:30:39: inlining call to divmod
func_multiple_results.go:30:6: can inline pass
func_multiple_results.go:33:16: inlining call to divmod
func_multiple_results.go:34:13: ... argument does not escape
func_multiple_results.go:34:13: inlining call to fmt.Println
func_multiple_results.go:34:13: q escapes to heap
func_multiple_results.go:34:13: r escapes to heap
func_multiple_results.go:35:13: ... argument does not escape
func_multiple_results.go:35:13: .autotmp_2 escapes to heap
func_multiple_results.go:35:13: .autotmp_3 escapes to heap
func_multiple_results.go:35:13: inlining call to fmt.Println
func_multiple_results.go:35:20: inlining call to divmod
func_multiple_results.go:36:28: []string{...} does not escape
func_multiple_results.go:38:14: ... argument does not escape
func_multiple_results.go:38:14: inlining call to fmt.Println
func_multiple_results.go:38:14: n escapes to heap
func_multiple_results.go:40:14: inlining call to swap
func_multiple_results.go:41:13: ... argument does not escape
func_multiple_results.go:41:13: a escapes to heap
func_multiple_results.go:41:13: b escapes to heap
func_multiple_results.go:41:13: inlining call to fmt.Println
func_multiple_results.go:42:13: ... argument does not escape
func_multiple_results.go:42:13: .autotmp_10 escapes to heap
func_multiple_results.go:42:13: .autotmp_9 escapes to heap
func_multiple_results.go:42:13: inlining call to fmt.Println
func_multiple_results.go:42:18: inlining call to divmod
func_multiple_results.go:42:18: inlining call to pass
func_multiple_results.go:43:19: inlining call to divmod
func_multiple_results.go:44:13: ... argument does not escape
func_multiple_results.go:44:13: inlining call to fmt.Println
func_multiple_results.go:44:13: only escapes to heap
func_multiple_results.go:45:17: inlining call to divmod
func_multiple_results.go:45:17: inlining call to pass
func_multiple_results.go:46:13: ... argument does not escape
func_multiple_results.go:46:13: inlining call to fmt.Println
func_multiple_results.go:46:16: x + y escapes to heap
func_multiple_results.go:8:6: can inline divmod
