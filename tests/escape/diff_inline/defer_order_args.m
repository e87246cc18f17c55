defer_order_args.go:11:16: inlining call to trace
defer_order_args.go:21:8: can inline main.func1
defer_order_args.go:21:8: func literal does not escape
defer_order_args.go:25:20: pv does not escape
defer_order_args.go:25:8: can inline main.func2
defer_order_args.go:25:8: func literal does not escape
defer_order_args.go:27:12: []int{...} does not escape
defer_order_args.go:3:12: leaking param: s to result ~r0 level=0
defer_order_args.go:3:6: can inline trace
defer_order_args.go:8:6: can inline un
defer_order_args.go:8:9: s does not escape
