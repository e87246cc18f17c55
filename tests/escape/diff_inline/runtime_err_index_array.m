runtime_err_index_array.go:12:20: string(rune('w' + i)) escapes to heap
runtime_err_index_array.go:12:6: inlining call to set
runtime_err_index_array.go:15:12: inlining call to get
runtime_err_index_array.go:19:28: inlining call to get
runtime_err_index_array.go:22:13: inlining call to get
runtime_err_index_array.go:5:10: leaking param: a to result ~r0 level=1
runtime_err_index_array.go:5:6: can inline get
runtime_err_index_array.go:7:10: a does not escape
runtime_err_index_array.go:7:31: leaking param: v
runtime_err_index_array.go:7:6: can inline set
