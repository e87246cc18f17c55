defer_in_loop_closure.go:11:8: &resource{...} escapes to heap
defer_in_loop_closure.go:13:14: ... argument does not escape
defer_in_loop_closure.go:13:14: inlining call to fmt.Println
defer_in_loop_closure.go:13:15: "open" escapes to heap
defer_in_loop_closure.go:13:15: n escapes to heap
defer_in_loop_closure.go:15:13: ... argument does not escape
defer_in_loop_closure.go:15:13: inlining call to fmt.Println
defer_in_loop_closure.go:15:14: "processing done" escapes to heap
defer_in_loop_closure.go:19:7: &resource{...} does not escape
defer_in_loop_closure.go:21:6: &resource{...} does not escape
defer_in_loop_closure.go:26:18: []string{...} does not escape
defer_in_loop_closure.go:29:3: func literal does not escape
defer_in_loop_closure.go:30:21: ... argument does not escape
defer_in_loop_closure.go:30:22: "inner defer" escapes to heap
defer_in_loop_closure.go:30:22: i escapes to heap
defer_in_loop_closure.go:31:15: ... argument does not escape
defer_in_loop_closure.go:31:15: inlining call to fmt.Println
defer_in_loop_closure.go:31:16: "inner body" escapes to heap
defer_in_loop_closure.go:31:16: i escapes to heap
defer_in_loop_closure.go:35:8: can inline main.func2
defer_in_loop_closure.go:35:8: func literal does not escape
defer_in_loop_closure.go:40:6: moved to heap: i
defer_in_loop_closure.go:41:19: can inline main.func3
defer_in_loop_closure.go:41:19: func literal escapes to heap
defer_in_loop_closure.go:41:39: ... argument does not escape
defer_in_loop_closure.go:41:39: inlining call to fmt.Println
defer_in_loop_closure.go:41:40: "stored closure sees" escapes to heap
defer_in_loop_closure.go:41:40: i escapes to heap
defer_in_loop_closure.go:7:41: ... argument does not escape
defer_in_loop_closure.go:7:41: inlining call to fmt.Println
defer_in_loop_closure.go:7:42: "close" escapes to heap
defer_in_loop_closure.go:7:52: r.name escapes to heap
defer_in_loop_closure.go:7:6: can inline (*resource).Close
defer_in_loop_closure.go:7:7: leaking param content: r
defer_in_loop_closure.go:9:14: leaking param content: names
