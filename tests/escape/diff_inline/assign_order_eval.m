assign_order_eval.go:14:12: []int{...} does not escape
assign_order_eval.go:15:25: inlining call to idx
assign_order_eval.go:15:42: inlining call to val
assign_order_eval.go:15:58: inlining call to val
assign_order_eval.go:15:7: inlining call to idx
assign_order_eval.go:23:12: []int{...} does not escape
assign_order_eval.go:24:19: main ignoring self-assignment in x[0], x[1], x[2] = x[2], x[0], x[1]
assign_order_eval.go:24:19: main ignoring self-assignment in x[0], x[1], x[2] = x[2], x[0], x[1]
assign_order_eval.go:24:19: main ignoring self-assignment in x[0], x[1], x[2] = x[2], x[0], x[1]
assign_order_eval.go:26:18: new(int) does not escape
assign_order_eval.go:29:21: map[string]int{} does not escape
assign_order_eval.go:30:22: inlining call to val
assign_order_eval.go:30:35: inlining call to val
assign_order_eval.go:33:10: inlining call to val
assign_order_eval.go:3:10: name does not escape
assign_order_eval.go:3:6: can inline idx
assign_order_eval.go:8:10: name does not escape
assign_order_eval.go:8:6: can inline val
