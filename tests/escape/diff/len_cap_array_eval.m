len_cap_array_eval.go:19:9: &[5]int{...} escapes to heap
len_cap_array_eval.go:26:13: ... argument does not escape
len_cap_array_eval.go:26:13: calls escapes to heap
len_cap_array_eval.go:26:13: n escapes to heap
len_cap_array_eval.go:28:13: ... argument does not escape
len_cap_array_eval.go:28:13: calls escapes to heap
len_cap_array_eval.go:28:13: n escapes to heap
len_cap_array_eval.go:32:10: new([3]byte) escapes to heap
len_cap_array_eval.go:33:13: ... argument does not escape
len_cap_array_eval.go:33:17: len(<-c) escapes to heap
len_cap_array_eval.go:33:27: len(c) escapes to heap
len_cap_array_eval.go:38:13: ... argument does not escape
len_cap_array_eval.go:38:14: k escapes to heap
len_cap_array_eval.go:38:20: len(ps[9]) escapes to heap
len_cap_array_eval.go:42:13: ... argument does not escape
len_cap_array_eval.go:42:14: calls escapes to heap
len_cap_array_eval.go:42:14: m escapes to heap
len_cap_array_eval.go:42:27: len((*[8]int)(nil)) escapes to heap
len_cap_array_eval.go:46:13: ... argument does not escape
len_cap_array_eval.go:46:13: calls escapes to heap
len_cap_array_eval.go:46:13: x escapes to heap
len_cap_array_eval.go:60:13: ... argument does not escape
len_cap_array_eval.go:60:13: calls escapes to heap
len_cap_array_eval.go:60:13: sum escapes to heap
