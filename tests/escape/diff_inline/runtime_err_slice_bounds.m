runtime_err_slice_bounds.go:13:11: make([]byte, 4, 8) does not escape
runtime_err_slice_bounds.go:14:13: ... argument does not escape
runtime_err_slice_bounds.go:14:13: inlining call to fmt.Println
runtime_err_slice_bounds.go:14:17: len(s) escapes to heap
runtime_err_slice_bounds.go:14:25: cap(s) escapes to heap
runtime_err_slice_bounds.go:16:14: ... argument does not escape
runtime_err_slice_bounds.go:16:14: inlining call to fmt.Println
runtime_err_slice_bounds.go:16:15: "reslice to" escapes to heap
runtime_err_slice_bounds.go:16:15: n escapes to heap
runtime_err_slice_bounds.go:16:32: "->" escapes to heap
runtime_err_slice_bounds.go:16:41: len(~R0) escapes to heap
runtime_err_slice_bounds.go:16:46: inlining call to grow
runtime_err_slice_bounds.go:18:13: ... argument does not escape
runtime_err_slice_bounds.go:18:13: inlining call to fmt.Println
runtime_err_slice_bounds.go:18:17: len(s[2:8]) escapes to heap
runtime_err_slice_bounds.go:18:30: cap(s[2:8]) escapes to heap
runtime_err_slice_bounds.go:20:13: ... argument does not escape
runtime_err_slice_bounds.go:20:13: inlining call to fmt.Println
runtime_err_slice_bounds.go:20:17: len(~R0) escapes to heap
runtime_err_slice_bounds.go:20:22: inlining call to grow
runtime_err_slice_bounds.go:21:13: ... argument does not escape
runtime_err_slice_bounds.go:21:13: inlining call to fmt.Println
runtime_err_slice_bounds.go:21:14: "not reached" escapes to heap
runtime_err_slice_bounds.go:8:11: leaking param: s to result ~r0 level=0
runtime_err_slice_bounds.go:8:6: can inline grow
