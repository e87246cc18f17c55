switch_case_eval_order.go:26:6: "s" does not escape
