closure_struct_capture.go:10:2: moved to heap: cfg
closure_struct_capture.go:11:10: can inline main.func1
closure_struct_capture.go:11:10: func literal does not escape
closure_struct_capture.go:12:12: can inline main.func2
closure_struct_capture.go:12:12: func literal does not escape
closure_struct_capture.go:12:17: leaking param: n
closure_struct_capture.go:13:6: inlining call to main.func1
closure_struct_capture.go:14:6: inlining call to main.func1
closure_struct_capture.go:15:8: inlining call to main.func2
closure_struct_capture.go:18:21: leaking param: t
closure_struct_capture.go:18:9: can inline main.func3
closure_struct_capture.go:18:9: func literal does not escape
closure_struct_capture.go:19:5: inlining call to main.func3
closure_struct_capture.go:20:5: inlining call to main.func3
closure_struct_capture.go:23:12: can inline main.func4
closure_struct_capture.go:23:12: func literal does not escape
closure_struct_capture.go:28:8: inlining call to main.func4
closure_struct_capture.go:30:13: can inline main.func5
closure_struct_capture.go:30:13: func literal does not escape
closure_struct_capture.go:31:9: inlining call to main.func5
closure_struct_capture.go:34:12: can inline main.func6
closure_struct_capture.go:34:12: func literal does not escape
closure_struct_capture.go:35:8: inlining call to main.func6
closure_struct_capture.go:37:17: can inline main.func7
closure_struct_capture.go:37:17: func literal does not escape
closure_struct_capture.go:38:10: can inline main.func7.1
closure_struct_capture.go:38:10: func literal escapes to heap
closure_struct_capture.go:38:45: can inline main.func7.2
closure_struct_capture.go:38:45: func literal escapes to heap
closure_struct_capture.go:40:23: func literal does not escape
closure_struct_capture.go:40:23: func literal does not escape
closure_struct_capture.go:40:23: inlining call to main.func7
