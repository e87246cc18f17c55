fmt_composite_values.go:22:2: moved to heap: p
fmt_composite_values.go:23:12: ... argument does not escape
fmt_composite_values.go:23:12: inlining call to fmt.Printf
fmt_composite_values.go:23:13: p escapes to heap
fmt_composite_values.go:23:13: p escapes to heap
fmt_composite_values.go:23:13: p escapes to heap
fmt_composite_values.go:23:13: p escapes to heap
fmt_composite_values.go:25:12: ... argument does not escape
fmt_composite_values.go:25:12: inlining call to fmt.Printf
fmt_composite_values.go:26:54: []string{...} escapes to heap
fmt_composite_values.go:27:12: ... argument does not escape
fmt_composite_values.go:27:12: inlining call to fmt.Printf
fmt_composite_values.go:27:13: l escapes to heap
fmt_composite_values.go:27:13: l escapes to heap
fmt_composite_values.go:27:13: l escapes to heap
fmt_composite_values.go:28:20: []interface {}{...} escapes to heap
fmt_composite_values.go:28:21: 1 escapes to heap
fmt_composite_values.go:28:24: "two" escapes to heap
fmt_composite_values.go:28:31: 3.0 escapes to heap
fmt_composite_values.go:28:41: p escapes to heap
fmt_composite_values.go:28:49: []int{...} escapes to heap
fmt_composite_values.go:28:49: []int{...} escapes to heap
fmt_composite_values.go:29:12: ... argument does not escape
fmt_composite_values.go:29:12: inlining call to fmt.Printf
fmt_composite_values.go:29:13: s escapes to heap
fmt_composite_values.go:29:13: s escapes to heap
fmt_composite_values.go:30:23: map[string]Point{...} escapes to heap
fmt_composite_values.go:31:12: ... argument does not escape
fmt_composite_values.go:31:12: inlining call to fmt.Printf
fmt_composite_values.go:32:22: map[int]string{...} escapes to heap
fmt_composite_values.go:33:13: ... argument does not escape
fmt_composite_values.go:33:13: inlining call to fmt.Println
fmt_composite_values.go:35:12: ... argument does not escape
fmt_composite_values.go:35:12: inlining call to fmt.Printf
fmt_composite_values.go:35:13: o escapes to heap
fmt_composite_values.go:37:12: ... argument does not escape
fmt_composite_values.go:37:12: inlining call to fmt.Printf
fmt_composite_values.go:37:13: arr escapes to heap
fmt_composite_values.go:37:13: arr escapes to heap
fmt_composite_values.go:38:12: ... argument does not escape
fmt_composite_values.go:38:12: inlining call to fmt.Printf
fmt_composite_values.go:38:29: []string{...} escapes to heap
fmt_composite_values.go:38:29: []string{...} escapes to heap
fmt_composite_values.go:39:12: ... argument does not escape
fmt_composite_values.go:39:12: inlining call to fmt.Printf
fmt_composite_values.go:39:33: ([]byte)("AB") escapes to heap
fmt_composite_values.go:39:33: ([]byte)("AB") escapes to heap
fmt_composite_values.go:39:47: ([]byte)("AB") escapes to heap
fmt_composite_values.go:39:47: ([]byte)("AB") escapes to heap
fmt_composite_values.go:39:60: []int{...} escapes to heap
fmt_composite_values.go:39:60: []int{...} escapes to heap
fmt_composite_values.go:40:12: ... argument does not escape
fmt_composite_values.go:40:12: inlining call to fmt.Printf
fmt_composite_values.go:40:27: "str" escapes to heap
fmt_composite_values.go:40:34: "str" escapes to heap
fmt_composite_values.go:40:41: "str" escapes to heap
fmt_composite_values.go:41:12: ... argument does not escape
fmt_composite_values.go:41:12: inlining call to fmt.Printf
fmt_composite_values.go:41:35: "right" escapes to heap
fmt_composite_values.go:41:44: "left" escapes to heap
fmt_composite_values.go:41:52: "truncate" escapes to heap
fmt_composite_values.go:44:13: ... argument does not escape
fmt_composite_values.go:44:13: inlining call to fmt.Println
fmt_composite_values.go:44:29: ([]string)(nil) escapes to heap
fmt_composite_values.go:45:12: ... argument does not escape
fmt_composite_values.go:45:12: inlining call to fmt.Printf
fmt_composite_values.go:47:12: ... argument does not escape
fmt_composite_values.go:47:12: inlining call to fmt.Printf
fmt_composite_values.go:47:29: struct { A interface {}; B interface {} }{...} escapes to heap
fmt_composite_values.go:47:30: 1 escapes to heap
fmt_composite_values.go:47:33: "x" escapes to heap
fmt_composite_values.go:47:43: struct { A interface {}; B interface {} }{...} escapes to heap
fmt_composite_values.go:47:54: ([]int)(nil) escapes to heap
