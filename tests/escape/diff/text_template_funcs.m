text_template_funcs.go:24:10: leaking param: name
text_template_funcs.go:24:16: leaking param: text
text_template_funcs.go:24:29: leaking param: data
text_template_funcs.go:27:14: ... argument does not escape
text_template_funcs.go:27:15: "error:" escapes to heap
text_template_funcs.go:30:6: moved to heap: sb
text_template_funcs.go:32:12: ... argument does not escape
text_template_funcs.go:32:13: name escapes to heap
text_template_funcs.go:32:42: (*strings.Builder).String(sb) escapes to heap
text_template_funcs.go:34:14: ... argument does not escape
text_template_funcs.go:34:15: "error:" escapes to heap
text_template_funcs.go:39:29: []string{...} escapes to heap
text_template_funcs.go:39:66: map[string]int{...} escapes to heap
text_template_funcs.go:40:16: [][]int{...} escapes to heap
text_template_funcs.go:40:17: []int{...} escapes to heap
text_template_funcs.go:40:25: []int{...} escapes to heap
text_template_funcs.go:40:62: map[string][]string{...} escapes to heap
text_template_funcs.go:40:68: []string{...} escapes to heap
text_template_funcs.go:42:16: d escapes to heap
text_template_funcs.go:43:13: d escapes to heap
text_template_funcs.go:44:16: d escapes to heap
text_template_funcs.go:45:13: d escapes to heap
text_template_funcs.go:46:15: d escapes to heap
text_template_funcs.go:47:15: d escapes to heap
text_template_funcs.go:48:17: d escapes to heap
text_template_funcs.go:49:16: d escapes to heap
text_template_funcs.go:50:14: d escapes to heap
text_template_funcs.go:51:15: d escapes to heap
text_template_funcs.go:52:12: d escapes to heap
text_template_funcs.go:53:12: d escapes to heap
text_template_funcs.go:54:15: d escapes to heap
text_template_funcs.go:55:15: d escapes to heap
text_template_funcs.go:56:17: d escapes to heap
text_template_funcs.go:57:17: d escapes to heap
text_template_funcs.go:58:15: d escapes to heap
text_template_funcs.go:59:14: d escapes to heap
text_template_funcs.go:60:16: d escapes to heap
text_template_funcs.go:61:15: d escapes to heap
text_template_funcs.go:62:80: []int{...} escapes to heap
text_template_funcs.go:62:80: []int{...} escapes to heap
text_template_funcs.go:63:18: d escapes to heap
text_template_funcs.go:64:21: d escapes to heap
text_template_funcs.go:65:19: d escapes to heap
text_template_funcs.go:66:18: d escapes to heap
