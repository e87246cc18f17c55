closure_capture_loop_var.go:17:19: can inline main.func2
closure_capture_loop_var.go:17:19: func literal escapes to heap
closure_capture_loop_var.go:24:28: []string{...} does not escape
closure_capture_loop_var.go:24:9: moved to heap: s
closure_capture_loop_var.go:25:19: can inline main.func3
closure_capture_loop_var.go:25:19: func literal escapes to heap
closure_capture_loop_var.go:32:6: moved to heap: i
closure_capture_loop_var.go:7:6: moved to heap: i
closure_capture_loop_var.go:8:19: can inline main.func1
closure_capture_loop_var.go:8:19: func literal escapes to heap
