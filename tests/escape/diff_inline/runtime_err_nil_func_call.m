runtime_err_nil_func_call.go:10:34: map[string]Handler{...} escapes to heap
runtime_err_nil_func_call.go:11:11: can inline glob..func1
runtime_err_nil_func_call.go:11:11: func literal escapes to heap
runtime_err_nil_func_call.go:11:16: s does not escape
runtime_err_nil_func_call.go:11:44: s + "!" escapes to heap
runtime_err_nil_func_call.go:12:11: can inline glob..func2
runtime_err_nil_func_call.go:12:11: func literal escapes to heap
runtime_err_nil_func_call.go:12:16: s does not escape
runtime_err_nil_func_call.go:12:50: "(" + s + ")" escapes to heap
runtime_err_nil_func_call.go:16:31: []string{...} does not escape
runtime_err_nil_func_call.go:17:14: ... argument does not escape
runtime_err_nil_func_call.go:17:14: inlining call to fmt.Println
runtime_err_nil_func_call.go:17:29: handlers[name]("hi") escapes to heap
runtime_err_nil_func_call.go:20:13: ... argument does not escape
runtime_err_nil_func_call.go:20:13: inlining call to fmt.Println
runtime_err_nil_func_call.go:20:14: "handler is nil:" escapes to heap
runtime_err_nil_func_call.go:20:35: h == nil escapes to heap
runtime_err_nil_func_call.go:21:13: ... argument does not escape
runtime_err_nil_func_call.go:21:13: inlining call to fmt.Println
runtime_err_nil_func_call.go:21:15: h("hi") escapes to heap
runtime_err_nil_func_call.go:22:13: ... argument does not escape
runtime_err_nil_func_call.go:22:13: inlining call to fmt.Println
runtime_err_nil_func_call.go:22:14: "not reached" escapes to heap
