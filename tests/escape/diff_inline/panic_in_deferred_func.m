panic_in_deferred_func.go:10:8: "second panic from defer" escapes to heap
panic_in_deferred_func.go:12:7: "first panic" escapes to heap
panic_in_deferred_func.go:16:8: func literal does not escape
panic_in_deferred_func.go:18:20: ... argument does not escape
panic_in_deferred_func.go:21:19: ... argument does not escape
panic_in_deferred_func.go:21:20: "g's plain defer runs during panic" escapes to heap
panic_in_deferred_func.go:29:13: ... argument does not escape
panic_in_deferred_func.go:29:13: inlining call to fmt.Println
panic_in_deferred_func.go:30:13: ... argument does not escape
panic_in_deferred_func.go:30:13: inlining call to fmt.Println
panic_in_deferred_func.go:30:14: "done" escapes to heap
panic_in_deferred_func.go:6:8: func literal does not escape
panic_in_deferred_func.go:7:14: ... argument does not escape
panic_in_deferred_func.go:7:14: inlining call to fmt.Println
panic_in_deferred_func.go:7:15: "recovered in f:" escapes to heap
panic_in_deferred_func.go:9:8: can inline f.func2
panic_in_deferred_func.go:9:8: func literal does not escape
