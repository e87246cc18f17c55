closure_struct_capture.go:10:2: moved to heap: cfg
closure_struct_capture.go:11:10: func literal does not escape
closure_struct_capture.go:12:12: func literal does not escape
closure_struct_capture.go:12:17: leaking param: n
closure_struct_capture.go:18:21: leaking param: t
closure_struct_capture.go:18:9: func literal does not escape
closure_struct_capture.go:23:12: func literal does not escape
closure_struct_capture.go:30:13: func literal does not escape
closure_struct_capture.go:34:12: func literal does not escape
closure_struct_capture.go:37:17: func literal does not escape
closure_struct_capture.go:38:10: func literal escapes to heap
closure_struct_capture.go:38:45: func literal escapes to heap
