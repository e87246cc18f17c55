defer_modify_result_panic.go:11:8: func literal does not escape
defer_modify_result_panic.go:14:20: ... argument does not escape
defer_modify_result_panic.go:14:21: n escapes to heap
defer_modify_result_panic.go:18:8: can inline compute.func2
defer_modify_result_panic.go:18:8: func literal does not escape
defer_modify_result_panic.go:19:40: ... argument does not escape
defer_modify_result_panic.go:19:41: snapshot escapes to heap
defer_modify_result_panic.go:19:79: r.value escapes to heap
defer_modify_result_panic.go:23:8: "too large" escapes to heap
defer_modify_result_panic.go:30:25: []int{...} does not escape
defer_modify_result_panic.go:32:14: ... argument does not escape
defer_modify_result_panic.go:32:14: inlining call to fmt.Println
defer_modify_result_panic.go:32:16: r.value escapes to heap
defer_modify_result_panic.go:34:15: ... argument does not escape
defer_modify_result_panic.go:34:15: inlining call to fmt.Println
defer_modify_result_panic.go:34:16: "  " escapes to heap
defer_modify_result_panic.go:34:16: note escapes to heap
