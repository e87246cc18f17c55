runtime_err_slice_string.go:12:16: inlining call to window
runtime_err_slice_string.go:13:16: inlining call to window
runtime_err_slice_string.go:14:16: inlining call to window
runtime_err_slice_string.go:16:15: inlining call to window
runtime_err_slice_string.go:21:16: inlining call to window
runtime_err_slice_string.go:6:13: leaking param: s to result ~r0 level=0
runtime_err_slice_string.go:6:6: can inline window
