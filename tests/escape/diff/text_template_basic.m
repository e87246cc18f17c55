text_template_basic.go:31:7: o does not escape
text_template_basic.go:32:7: o does not escape
text_template_basic.go:33:54: "hello, " + o.Name escapes to heap
text_template_basic.go:33:7: o does not escape
text_template_basic.go:34:54: "<" + i.B + ">" escapes to heap
text_template_basic.go:34:7: i does not escape
text_template_basic.go:35:7: leaking param: o to result ~r0 level=0
text_template_basic.go:37:10: leaking param: name
text_template_basic.go:37:16: leaking param: text
text_template_basic.go:37:29: leaking param: data
text_template_basic.go:40:14: ... argument does not escape
text_template_basic.go:40:15: "error:" escapes to heap
text_template_basic.go:43:12: ... argument does not escape
text_template_basic.go:43:13: name escapes to heap
text_template_basic.go:45:14: ... argument does not escape
text_template_basic.go:45:15: "error:" escapes to heap
text_template_basic.go:47:13: ... argument does not escape
text_template_basic.go:47:14: "]" escapes to heap
text_template_basic.go:51:70: &Inner{...} escapes to heap
text_template_basic.go:51:7: &Outer{...} escapes to heap
text_template_basic.go:52:17: []string{...} escapes to heap
text_template_basic.go:52:46: map[string]int{...} escapes to heap
text_template_basic.go:52:89: map[string]int{} escapes to heap
text_template_basic.go:57:26: 42 escapes to heap
text_template_basic.go:58:27: "str" escapes to heap
text_template_basic.go:61:44: *o escapes to heap
text_template_basic.go:65:61: map[string]string{...} escapes to heap
text_template_basic.go:66:50: map[string]int{...} escapes to heap
text_template_basic.go:74:3: []struct { name string; v interface {} }{...} does not escape
text_template_basic.go:75:12: 0 escapes to heap
text_template_basic.go:75:24: 1 escapes to heap
text_template_basic.go:75:42: "" escapes to heap
text_template_basic.go:75:55: "s" escapes to heap
text_template_basic.go:75:71: false escapes to heap
text_template_basic.go:75:88: true escapes to heap
text_template_basic.go:76:18: 0.0 escapes to heap
text_template_basic.go:76:43: ([]int)(nil) escapes to heap
text_template_basic.go:76:72: []int{} escapes to heap
text_template_basic.go:76:72: []int{} escapes to heap
text_template_basic.go:76:92: []int{...} escapes to heap
text_template_basic.go:76:92: []int{...} escapes to heap
text_template_basic.go:77:31: map[string]int{} escapes to heap
text_template_basic.go:77:58: map[string]int{...} escapes to heap
text_template_basic.go:78:11: &Inner{} escapes to heap
text_template_basic.go:78:38: Inner{} escapes to heap
text_template_basic.go:81:15: "truth-" + c.name escapes to heap
