text_template_range.go:27:10: leaking param: name
text_template_range.go:27:16: leaking param: text
text_template_range.go:27:29: leaking param: data
text_template_range.go:28:24: &template.Template{...} escapes to heap
text_template_range.go:28:24: inlining call to template.(*Template).init
text_template_range.go:28:24: inlining call to template.New
text_template_range.go:28:24: make(map[string]*template.Template) escapes to heap
text_template_range.go:28:24: make(map[string]reflect.Value) escapes to heap
text_template_range.go:28:24: make(template.FuncMap) escapes to heap
text_template_range.go:28:24: new(template.common) escapes to heap
text_template_range.go:30:14: ... argument does not escape
text_template_range.go:30:14: inlining call to fmt.Println
text_template_range.go:30:15: "error:" escapes to heap
text_template_range.go:33:12: ... argument does not escape
text_template_range.go:33:12: inlining call to fmt.Printf
text_template_range.go:33:13: name escapes to heap
text_template_range.go:34:21: inlining call to template.(*Template).Execute
text_template_range.go:35:14: ... argument does not escape
text_template_range.go:35:14: inlining call to fmt.Println
text_template_range.go:35:15: "error:" escapes to heap
text_template_range.go:37:13: ... argument does not escape
text_template_range.go:37:13: inlining call to fmt.Println
text_template_range.go:37:14: "]" escapes to heap
text_template_range.go:43:15: []Row{...} escapes to heap
text_template_range.go:43:28: []int{...} escapes to heap
text_template_range.go:43:62: []int{...} escapes to heap
text_template_range.go:44:15: []int{...} escapes to heap
text_template_range.go:46:24: map[string]int{...} escapes to heap
text_template_range.go:47:24: map[int]string{...} escapes to heap
text_template_range.go:49:15: d escapes to heap
text_template_range.go:50:15: d escapes to heap
text_template_range.go:51:21: d escapes to heap
text_template_range.go:52:20: d escapes to heap
text_template_range.go:53:13: d escapes to heap
text_template_range.go:54:20: d escapes to heap
text_template_range.go:55:17: d escapes to heap
text_template_range.go:56:14: d escapes to heap
text_template_range.go:57:74: map[string]bool{} escapes to heap
text_template_range.go:58:15: d escapes to heap
text_template_range.go:59:18: d escapes to heap
text_template_range.go:60:19: d escapes to heap
text_template_range.go:61:14: d escapes to heap
text_template_range.go:62:14: d escapes to heap
text_template_range.go:63:25: d escapes to heap
text_template_range.go:64:15: d escapes to heap
text_template_range.go:65:16: d escapes to heap
text_template_range.go:66:22: d escapes to heap
text_template_range.go:67:19: d escapes to heap
text_template_range.go:68:14: d escapes to heap
text_template_range.go:69:17: d escapes to heap
text_template_range.go:70:53: []string{...} escapes to heap
text_template_range.go:70:53: []string{...} escapes to heap
text_template_range.go:71:61: []interface {}{...} escapes to heap
text_template_range.go:71:61: []interface {}{...} escapes to heap
text_template_range.go:71:62: 1 escapes to heap
text_template_range.go:71:65: "two" escapes to heap
text_template_range.go:71:72: 3.5 escapes to heap
text_template_range.go:71:77: true escapes to heap
text_template_range.go:86:61: []*Row{...} escapes to heap
text_template_range.go:86:61: []*Row{...} escapes to heap
text_template_range.go:86:62: &Row{...} escapes to heap
text_template_range.go:86:76: &Row{...} escapes to heap
