closure_recursive_var.go:15:11: can inline main.func2
closure_recursive_var.go:15:11: func literal does not escape
closure_recursive_var.go:21:10: can inline main.func3
closure_recursive_var.go:21:10: func literal does not escape
closure_recursive_var.go:29:9: func literal does not escape
closure_recursive_var.go:5:8: func literal does not escape
