runtime_err_index.go:11:12: []int{...} does not escape
runtime_err_index.go:12:13: ... argument does not escape
runtime_err_index.go:12:13: inlining call to fmt.Println
runtime_err_index.go:12:14: "before" escapes to heap
runtime_err_index.go:15:14: inlining call to at
runtime_err_index.go:17:13: ... argument does not escape
runtime_err_index.go:17:13: inlining call to fmt.Println
runtime_err_index.go:17:14: "total" escapes to heap
runtime_err_index.go:17:14: total escapes to heap
runtime_err_index.go:19:13: ... argument does not escape
runtime_err_index.go:19:13: inlining call to fmt.Println
runtime_err_index.go:19:16: inlining call to at
runtime_err_index.go:19:16: ~R0 escapes to heap
runtime_err_index.go:20:13: ... argument does not escape
runtime_err_index.go:20:13: inlining call to fmt.Println
runtime_err_index.go:20:14: "not reached" escapes to heap
runtime_err_index.go:8:6: can inline at
runtime_err_index.go:8:9: s does not escape
