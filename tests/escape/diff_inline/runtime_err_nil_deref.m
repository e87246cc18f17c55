runtime_err_nil_deref.go:14:6: can inline build
runtime_err_nil_deref.go:17:10: &Node{...} escapes to heap
runtime_err_nil_deref.go:23:12: &Node{...} escapes to heap
runtime_err_nil_deref.go:23:12: inlining call to build
runtime_err_nil_deref.go:25:14: ... argument does not escape
runtime_err_nil_deref.go:25:14: inlining call to fmt.Println
runtime_err_nil_deref.go:25:16: p.Val escapes to heap
