func_variadic.go:13:15: leaking param: prefix
func_variadic.go:13:30: leaking param: vals
func_variadic.go:13:6: can inline describe
func_variadic.go:14:19: ... argument does not escape
func_variadic.go:14:19: prefix escapes to heap
func_variadic.go:14:31: len(vals) escapes to heap
func_variadic.go:14:31: vals escapes to heap
func_variadic.go:17:13: xs does not escape
func_variadic.go:17:6: can inline modify
func_variadic.go:24:13: ... argument does not escape
func_variadic.go:24:13: inlining call to fmt.Println
func_variadic.go:24:17: inlining call to sum
func_variadic.go:24:17: ~R0 escapes to heap
func_variadic.go:24:24: ... argument does not escape
func_variadic.go:24:24: inlining call to sum
func_variadic.go:24:24: ~R0 escapes to heap
func_variadic.go:24:32: ... argument does not escape
func_variadic.go:24:32: inlining call to sum
func_variadic.go:24:32: ~R0 escapes to heap
func_variadic.go:25:12: []int{...} does not escape
func_variadic.go:26:13: ... argument does not escape
func_variadic.go:26:13: inlining call to fmt.Println
func_variadic.go:26:17: inlining call to sum
func_variadic.go:26:17: ~R0 escapes to heap
func_variadic.go:27:8: inlining call to modify
func_variadic.go:28:13: ... argument does not escape
func_variadic.go:28:13: inlining call to fmt.Println
func_variadic.go:28:15: s[0] escapes to heap
func_variadic.go:29:8: ... argument does not escape
func_variadic.go:29:8: inlining call to modify
func_variadic.go:30:13: ... argument does not escape
func_variadic.go:30:13: inlining call to fmt.Println
func_variadic.go:30:22: ... argument does not escape
func_variadic.go:30:22: ... argument escapes to heap
func_variadic.go:30:22: inlining call to describe
func_variadic.go:30:22: len(vals) escapes to heap
func_variadic.go:30:22: prefix escapes to heap
func_variadic.go:30:22: vals escapes to heap
func_variadic.go:30:22: ~R0 escapes to heap
func_variadic.go:30:29: 1 escapes to heap
func_variadic.go:30:32: "a" escapes to heap
func_variadic.go:30:42: 2.5 escapes to heap
func_variadic.go:31:13: ... argument does not escape
func_variadic.go:31:13: inlining call to fmt.Println
func_variadic.go:31:22: ... argument does not escape
func_variadic.go:31:22: inlining call to describe
func_variadic.go:31:22: len(vals) escapes to heap
func_variadic.go:31:22: prefix escapes to heap
func_variadic.go:31:22: vals escapes to heap
func_variadic.go:31:22: ~R0 escapes to heap
func_variadic.go:33:13: ... argument does not escape
func_variadic.go:33:13: inlining call to fmt.Println
func_variadic.go:33:17: inlining call to sum
func_variadic.go:33:17: ~R0 escapes to heap
func_variadic.go:34:21: []interface {}{...} escapes to heap
func_variadic.go:34:22: 1 escapes to heap
func_variadic.go:34:25: "x" escapes to heap
func_variadic.go:35:13: ... argument does not escape
func_variadic.go:35:13: inlining call to fmt.Println
func_variadic.go:35:22: ... argument does not escape
func_variadic.go:35:22: inlining call to describe
func_variadic.go:35:22: len(vals) escapes to heap
func_variadic.go:35:22: prefix escapes to heap
func_variadic.go:35:22: vals escapes to heap
func_variadic.go:35:22: ~R0 escapes to heap
func_variadic.go:36:13: ... argument does not escape
func_variadic.go:36:13: inlining call to fmt.Println
func_variadic.go:36:25: fmt.Sprintf("%d-%d", []interface {}{...}...) escapes to heap
func_variadic.go:36:48: []interface {}{...} does not escape
func_variadic.go:36:49: 1 escapes to heap
func_variadic.go:36:52: 2 escapes to heap
func_variadic.go:5:10: xs does not escape
func_variadic.go:5:6: can inline sum
