runtime_err_slice_to_array_ptr.go:11:13: ([]byte)("abcdef") escapes to heap
runtime_err_slice_to_array_ptr.go:12:13: inlining call to first4
runtime_err_slice_to_array_ptr.go:14:13: ... argument does not escape
runtime_err_slice_to_array_ptr.go:14:13: inlining call to fmt.Println
runtime_err_slice_to_array_ptr.go:14:20: string(s) escapes to heap
runtime_err_slice_to_array_ptr.go:14:20: string(s) escapes to heap
runtime_err_slice_to_array_ptr.go:14:28: len(p) escapes to heap
runtime_err_slice_to_array_ptr.go:17:13: ... argument does not escape
runtime_err_slice_to_array_ptr.go:17:13: inlining call to fmt.Println
runtime_err_slice_to_array_ptr.go:17:16: z == nil escapes to heap
runtime_err_slice_to_array_ptr.go:20:13: ... argument does not escape
runtime_err_slice_to_array_ptr.go:20:13: inlining call to fmt.Println
runtime_err_slice_to_array_ptr.go:20:20: string(s) escapes to heap
runtime_err_slice_to_array_ptr.go:20:20: string(s) escapes to heap
runtime_err_slice_to_array_ptr.go:22:13: ... argument does not escape
runtime_err_slice_to_array_ptr.go:22:13: inlining call to fmt.Println
runtime_err_slice_to_array_ptr.go:23:13: ... argument does not escape
runtime_err_slice_to_array_ptr.go:23:13: inlining call to fmt.Println
runtime_err_slice_to_array_ptr.go:23:14: "not reached" escapes to heap
runtime_err_slice_to_array_ptr.go:8:13: leaking param: s to result ~r0 level=0
runtime_err_slice_to_array_ptr.go:8:6: can inline first4
