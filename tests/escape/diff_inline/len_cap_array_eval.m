len_cap_array_eval.go:12:6: can inline arr
len_cap_array_eval.go:17:6: can inline full
len_cap_array_eval.go:19:9: &[5]int{...} escapes to heap
len_cap_array_eval.go:25:15: inlining call to arrp
len_cap_array_eval.go:26:13: ... argument does not escape
len_cap_array_eval.go:26:13: calls escapes to heap
len_cap_array_eval.go:26:13: inlining call to fmt.Println
len_cap_array_eval.go:26:13: n escapes to heap
len_cap_array_eval.go:27:13: inlining call to arr
len_cap_array_eval.go:28:13: ... argument does not escape
len_cap_array_eval.go:28:13: calls escapes to heap
len_cap_array_eval.go:28:13: inlining call to fmt.Println
len_cap_array_eval.go:28:13: n escapes to heap
len_cap_array_eval.go:32:10: new([3]byte) escapes to heap
len_cap_array_eval.go:33:13: ... argument does not escape
len_cap_array_eval.go:33:13: inlining call to fmt.Println
len_cap_array_eval.go:33:17: len(<-c) escapes to heap
len_cap_array_eval.go:33:27: len(c) escapes to heap
len_cap_array_eval.go:38:13: ... argument does not escape
len_cap_array_eval.go:38:13: inlining call to fmt.Println
len_cap_array_eval.go:38:14: k escapes to heap
len_cap_array_eval.go:38:20: len(ps[9]) escapes to heap
len_cap_array_eval.go:42:13: ... argument does not escape
len_cap_array_eval.go:42:13: inlining call to fmt.Println
len_cap_array_eval.go:42:14: calls escapes to heap
len_cap_array_eval.go:42:14: m escapes to heap
len_cap_array_eval.go:42:27: len((*[8]int)(nil)) escapes to heap
len_cap_array_eval.go:45:25: inlining call to arr
len_cap_array_eval.go:46:13: ... argument does not escape
len_cap_array_eval.go:46:13: calls escapes to heap
len_cap_array_eval.go:46:13: inlining call to fmt.Println
len_cap_array_eval.go:46:13: x escapes to heap
len_cap_array_eval.go:51:24: &[5]int{...} does not escape
len_cap_array_eval.go:51:24: inlining call to full
len_cap_array_eval.go:54:21: &[5]int{...} does not escape
len_cap_array_eval.go:54:21: inlining call to full
len_cap_array_eval.go:57:16: &[5]int{...} does not escape
len_cap_array_eval.go:57:16: inlining call to full
len_cap_array_eval.go:60:13: ... argument does not escape
len_cap_array_eval.go:60:13: calls escapes to heap
len_cap_array_eval.go:60:13: inlining call to fmt.Println
len_cap_array_eval.go:60:13: sum escapes to heap
len_cap_array_eval.go:7:6: can inline arrp
