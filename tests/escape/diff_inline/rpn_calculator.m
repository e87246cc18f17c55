rpn_calculator.go:10:26: &errors.errorString{...} escapes to heap
rpn_calculator.go:10:26: inlining call to errors.New
rpn_calculator.go:12:11: leaking param: expr
rpn_calculator.go:14:9: can inline eval.func1
rpn_calculator.go:14:9: func literal does not escape
rpn_calculator.go:22:8: func literal does not escape
rpn_calculator.go:30:15: inlining call to eval.func1
rpn_calculator.go:30:22: inlining call to eval.func1
rpn_calculator.go:44:25: ... argument does not escape
rpn_calculator.go:44:26: tok escapes to heap
rpn_calculator.go:50:23: ... argument does not escape
rpn_calculator.go:50:45: len(st) escapes to heap
rpn_calculator.go:56:28: []string{...} does not escape
rpn_calculator.go:58:13: ... argument does not escape
rpn_calculator.go:58:13: inlining call to fmt.Printf
rpn_calculator.go:58:14: e escapes to heap
rpn_calculator.go:58:14: v escapes to heap
