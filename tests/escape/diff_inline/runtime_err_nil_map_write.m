runtime_err_nil_map_write.go:12:26: k does not escape
runtime_err_nil_map_write.go:12:6: can inline (*registry).count
runtime_err_nil_map_write.go:12:7: r does not escape
runtime_err_nil_map_write.go:16:13: ... argument does not escape
runtime_err_nil_map_write.go:16:13: inlining call to fmt.Println
runtime_err_nil_map_write.go:16:17: len(r.items) escapes to heap
runtime_err_nil_map_write.go:16:35: r.items["a"] escapes to heap
runtime_err_nil_map_write.go:16:49: inlining call to (*registry).count
runtime_err_nil_map_write.go:16:49: ~R0 escapes to heap
runtime_err_nil_map_write.go:18:14: ... argument does not escape
runtime_err_nil_map_write.go:18:14: inlining call to fmt.Println
runtime_err_nil_map_write.go:18:15: "never" escapes to heap
runtime_err_nil_map_write.go:18:15: k escapes to heap
runtime_err_nil_map_write.go:18:15: v escapes to heap
runtime_err_nil_map_write.go:22:13: ... argument does not escape
runtime_err_nil_map_write.go:22:13: inlining call to fmt.Println
runtime_err_nil_map_write.go:22:14: "not reached" escapes to heap
