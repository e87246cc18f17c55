text_template_define.go:104:17: p escapes to heap
text_template_define.go:25:14: leaking param: label
text_template_define.go:25:28: leaking param content: t
text_template_define.go:29:13: ... argument does not escape
text_template_define.go:29:14: label escapes to heap
text_template_define.go:29:14: s escapes to heap
text_template_define.go:34:12: ... argument does not escape
text_template_define.go:34:13: label escapes to heap
text_template_define.go:34:44: strings.Join(names, " ") escapes to heap
text_template_define.go:37:12: leaking param: err
text_template_define.go:39:14: ... argument does not escape
text_template_define.go:39:15: "error:" escapes to heap
text_template_define.go:44:42: []string{...} escapes to heap
text_template_define.go:50:13: ... argument does not escape
text_template_define.go:50:14: "name:" escapes to heap
text_template_define.go:50:32: (*template.Template).Name(root) escapes to heap
text_template_define.go:51:20: p escapes to heap
text_template_define.go:53:48: "direct" escapes to heap
text_template_define.go:55:40: p escapes to heap
text_template_define.go:60:14: ... argument does not escape
text_template_define.go:60:15: "lookup item:" escapes to heap
text_template_define.go:60:37: (*template.Template).Name(t) escapes to heap
text_template_define.go:62:13: ... argument does not escape
text_template_define.go:62:14: "lookup missing is nil:" escapes to heap
text_template_define.go:62:63: (*template.Template).Lookup(root, "missing") == nil escapes to heap
text_template_define.go:67:40: p escapes to heap
text_template_define.go:73:6: moved to heap: sb
text_template_define.go:74:21: p escapes to heap
text_template_define.go:75:13: ... argument does not escape
text_template_define.go:75:14: "block default:" escapes to heap
text_template_define.go:75:41: (*strings.Builder).String(sb) escapes to heap
text_template_define.go:78:21: p escapes to heap
text_template_define.go:79:13: ... argument does not escape
text_template_define.go:79:14: "block override:" escapes to heap
text_template_define.go:79:42: (*strings.Builder).String(sb) escapes to heap
text_template_define.go:87:13: ... argument does not escape
text_template_define.go:87:14: "second name:" escapes to heap
text_template_define.go:87:41: (*template.Template).Name(second) escapes to heap
text_template_define.go:88:31: 5 escapes to heap
text_template_define.go:90:49: "x" escapes to heap
text_template_define.go:98:31: &Node{...} escapes to heap
text_template_define.go:98:40: &Node{...} escapes to heap
text_template_define.go:98:49: &Node{...} escapes to heap
