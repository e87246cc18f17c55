defer_go_spread_literal.go:15:15: leaking param: prefix
defer_go_spread_literal.go:15:30: leaking param: xs
defer_go_spread_literal.go:15:54: ... argument does not escape
defer_go_spread_literal.go:15:54: inlining call to fmt.Println
defer_go_spread_literal.go:15:54: prefix escapes to heap
defer_go_spread_literal.go:15:64: t.n escapes to heap
defer_go_spread_literal.go:15:64: xs escapes to heap
defer_go_spread_literal.go:15:7: t does not escape
defer_go_spread_literal.go:19:16: []*int{...} does not escape
defer_go_spread_literal.go:20:16: []*int{} does not escape
defer_go_spread_literal.go:21:7: &T{...} does not escape
defer_go_spread_literal.go:22:22: []int{...} escapes to heap
defer_go_spread_literal.go:23:8: t.m does not escape
defer_go_spread_literal.go:24:20: []int{} escapes to heap
defer_go_spread_literal.go:26:6: moved to heap: i
defer_go_spread_literal.go:27:17: []*int{...} does not escape
defer_go_spread_literal.go:30:10: leaking param: xs
defer_go_spread_literal.go:30:34: ... argument does not escape
defer_go_spread_literal.go:30:34: inlining call to fmt.Println
defer_go_spread_literal.go:30:35: "go" escapes to heap
defer_go_spread_literal.go:30:35: xs escapes to heap
defer_go_spread_literal.go:30:5: func literal escapes to heap
defer_go_spread_literal.go:30:66: []int{...} escapes to heap
defer_go_spread_literal.go:34:6: can inline main
defer_go_spread_literal.go:7:8: xs does not escape
defer_go_spread_literal.go:9:14: ... argument does not escape
defer_go_spread_literal.go:9:14: inlining call to fmt.Println
defer_go_spread_literal.go:9:15: *x escapes to heap
