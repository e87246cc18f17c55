closure_func_values.go:10:12: f does not escape
closure_func_values.go:10:6: can inline apply
closure_func_values.go:12:14: leaking param: fs
closure_func_values.go:13:14: leaking param: s
closure_func_values.go:13:9: can inline compose.func1
closure_func_values.go:13:9: func literal escapes to heap
closure_func_values.go:22:22: map[string]op{...} does not escape
closure_func_values.go:23:10: can inline main.func1
closure_func_values.go:23:10: func literal escapes to heap
closure_func_values.go:24:10: can inline main.func2
closure_func_values.go:24:10: func literal escapes to heap
closure_func_values.go:25:10: can inline main.func3
closure_func_values.go:25:10: func literal escapes to heap
closure_func_values.go:27:31: []string{...} does not escape
closure_func_values.go:28:14: ... argument does not escape
closure_func_values.go:28:14: inlining call to fmt.Println
closure_func_values.go:28:14: name escapes to heap
closure_func_values.go:28:26: inlining call to apply
closure_func_values.go:28:26: ~R0 escapes to heap
closure_func_values.go:31:13: ... argument does not escape
closure_func_values.go:31:13: inlining call to fmt.Println
closure_func_values.go:31:19: nilf == nil escapes to heap
closure_func_values.go:32:15: ... argument escapes to heap
closure_func_values.go:32:52: can inline main.func4
closure_func_values.go:32:52: func literal escapes to heap
closure_func_values.go:32:57: s does not escape
closure_func_values.go:32:85: s + "!" escapes to heap
closure_func_values.go:33:13: ... argument does not escape
closure_func_values.go:33:13: inlining call to fmt.Println
closure_func_values.go:33:16: up("  hi there ") escapes to heap
closure_func_values.go:37:3: []struct { name string; f func(float64) float64 }{...} does not escape
closure_func_values.go:38:14: can inline main.func5
closure_func_values.go:38:14: func literal escapes to heap
closure_func_values.go:39:14: can inline main.func6
closure_func_values.go:39:14: func literal escapes to heap
closure_func_values.go:42:14: ... argument does not escape
closure_func_values.go:42:14: inlining call to fmt.Println
closure_func_values.go:42:16: t.name escapes to heap
closure_func_values.go:42:26: t.f(1.5) escapes to heap
closure_func_values.go:44:12: can inline main.func7
closure_func_values.go:50:3: ... argument does not escape
closure_func_values.go:50:3: inlining call to main.func7
closure_func_values.go:51:13: ... argument does not escape
closure_func_values.go:51:13: inlining call to fmt.Println
closure_func_values.go:51:13: result escapes to heap
