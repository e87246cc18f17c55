switch_case_eval_order.go:11:10: inlining call to val
switch_case_eval_order.go:11:18: inlining call to val
switch_case_eval_order.go:13:10: inlining call to val
switch_case_eval_order.go:13:18: inlining call to val
switch_case_eval_order.go:15:10: inlining call to val
switch_case_eval_order.go:19:10: inlining call to val
switch_case_eval_order.go:21:10: inlining call to val
switch_case_eval_order.go:23:10: inlining call to val
switch_case_eval_order.go:26:6: "s" does not escape
switch_case_eval_order.go:3:6: can inline val
