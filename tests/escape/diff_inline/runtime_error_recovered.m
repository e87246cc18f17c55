runtime_error_recovered.go:12:14: ... argument does not escape
runtime_error_recovered.go:12:14: inlining call to fmt.Printf
runtime_error_recovered.go:12:15: name escapes to heap
runtime_error_recovered.go:12:56: re.Error() escapes to heap
runtime_error_recovered.go:16:14: ... argument does not escape
runtime_error_recovered.go:16:14: inlining call to fmt.Printf
runtime_error_recovered.go:16:15: name escapes to heap
runtime_error_recovered.go:16:47: e.Error() escapes to heap
runtime_error_recovered.go:19:13: ... argument does not escape
runtime_error_recovered.go:19:13: inlining call to fmt.Printf
runtime_error_recovered.go:19:14: name escapes to heap
runtime_error_recovered.go:27:12: []int{...} does not escape
runtime_error_recovered.go:29:15: can inline main.func1
runtime_error_recovered.go:29:15: func literal does not escape
runtime_error_recovered.go:30:19: can inline main.func2
runtime_error_recovered.go:30:19: func literal does not escape
runtime_error_recovered.go:31:22: can inline main.func3
runtime_error_recovered.go:31:22: func literal does not escape
runtime_error_recovered.go:32:21: can inline main.func4
runtime_error_recovered.go:32:21: func literal does not escape
runtime_error_recovered.go:33:17: can inline main.func5
runtime_error_recovered.go:33:17: func literal does not escape
runtime_error_recovered.go:34:22: can inline main.func6
runtime_error_recovered.go:34:22: func literal does not escape
runtime_error_recovered.go:35:17: can inline main.func7
runtime_error_recovered.go:35:17: func literal does not escape
runtime_error_recovered.go:36:18: can inline main.func8
runtime_error_recovered.go:36:18: func literal does not escape
runtime_error_recovered.go:37:19: can inline main.func9
runtime_error_recovered.go:37:19: func literal does not escape
runtime_error_recovered.go:38:21: can inline main.func10
runtime_error_recovered.go:38:21: func literal does not escape
runtime_error_recovered.go:38:34: "str" does not escape
runtime_error_recovered.go:39:22: can inline main.func11
runtime_error_recovered.go:39:22: func literal does not escape
runtime_error_recovered.go:39:35: 1 does not escape
runtime_error_recovered.go:40:21: can inline main.func12
runtime_error_recovered.go:40:21: func literal does not escape
runtime_error_recovered.go:41:20: can inline main.func13
runtime_error_recovered.go:41:20: func literal does not escape
runtime_error_recovered.go:41:40: []int{...} does not escape
runtime_error_recovered.go:42:16: can inline main.func14
runtime_error_recovered.go:42:16: func literal does not escape
runtime_error_recovered.go:42:30: "plain string" escapes to heap
runtime_error_recovered.go:43:23: can inline main.func15
runtime_error_recovered.go:43:23: func literal does not escape
runtime_error_recovered.go:43:49: make([]int, n) escapes to heap
runtime_error_recovered.go:8:10: leaking param: name
runtime_error_recovered.go:8:23: f does not escape
runtime_error_recovered.go:9:8: func literal does not escape
