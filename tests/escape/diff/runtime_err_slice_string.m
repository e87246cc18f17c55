runtime_err_slice_string.go:6:13: leaking param: s to result ~r0 level=0
