closure_memo_map.go:20:2: moved to heap: calls
closure_memo_map.go:21:17: func literal escapes to heap
closure_memo_map.go:21:22: rec does not escape
closure_memo_map.go:28:13: ... argument does not escape
closure_memo_map.go:28:13: inlining call to fmt.Println
closure_memo_map.go:28:17: calls escapes to heap
closure_memo_map.go:28:17: fib(50) escapes to heap
closure_memo_map.go:29:13: ... argument does not escape
closure_memo_map.go:29:13: inlining call to fmt.Println
closure_memo_map.go:29:17: calls escapes to heap
closure_memo_map.go:29:17: fib(60) escapes to heap
closure_memo_map.go:30:19: func literal escapes to heap
closure_memo_map.go:30:24: rec does not escape
closure_memo_map.go:37:13: ... argument does not escape
closure_memo_map.go:37:13: inlining call to fmt.Println
closure_memo_map.go:37:14: "lattice paths 10x10:" escapes to heap
closure_memo_map.go:37:43: paths(10 * 100 + 10) escapes to heap
closure_memo_map.go:38:21: func literal escapes to heap
closure_memo_map.go:38:26: rec does not escape
closure_memo_map.go:53:13: ... argument does not escape
closure_memo_map.go:53:13: inlining call to fmt.Println
closure_memo_map.go:53:14: "longest collatz below 10000:" escapes to heap
closure_memo_map.go:53:14: arg escapes to heap
closure_memo_map.go:53:14: best escapes to heap
closure_memo_map.go:5:14: leaking param: f
closure_memo_map.go:6:22: map[int]int{} escapes to heap
closure_memo_map.go:7:6: moved to heap: self
closure_memo_map.go:8:9: func literal escapes to heap
