text_template_define.go:102:20: inlining call to template.Must
text_template_define.go:102:33: &template.Template{...} escapes to heap
text_template_define.go:102:33: inlining call to template.(*Template).init
text_template_define.go:102:33: inlining call to template.New
text_template_define.go:102:33: make(map[string]*template.Template) escapes to heap
text_template_define.go:102:33: make(map[string]reflect.Value) escapes to heap
text_template_define.go:102:33: make(template.FuncMap) escapes to heap
text_template_define.go:102:33: new(template.common) escapes to heap
text_template_define.go:102:50: inlining call to template.(*Template).Delims
text_template_define.go:102:50: inlining call to template.(*Template).init
text_template_define.go:102:50: make(map[string]*template.Template) escapes to heap
text_template_define.go:102:50: make(map[string]reflect.Value) escapes to heap
text_template_define.go:102:50: make(template.FuncMap) escapes to heap
text_template_define.go:102:50: new(template.common) escapes to heap
text_template_define.go:104:17: inlining call to template.(*Template).Execute
text_template_define.go:104:17: p escapes to heap
text_template_define.go:105:13: inlining call to fmt.Println
text_template_define.go:106:23: &template.Template{...} does not escape
text_template_define.go:106:23: inlining call to template.(*Template).init
text_template_define.go:106:23: inlining call to template.New
text_template_define.go:106:23: make(map[string]*template.Template) escapes to heap
text_template_define.go:106:23: make(map[string]reflect.Value) escapes to heap
text_template_define.go:106:23: make(template.FuncMap) escapes to heap
text_template_define.go:106:23: new(template.common) escapes to heap
text_template_define.go:25:14: leaking param: label
text_template_define.go:25:28: leaking param content: t
text_template_define.go:28:23: inlining call to strings.HasPrefix
text_template_define.go:29:13: ... argument does not escape
text_template_define.go:29:13: inlining call to fmt.Printf
text_template_define.go:29:14: label escapes to heap
text_template_define.go:29:14: s escapes to heap
text_template_define.go:32:24: inlining call to strings.Split
text_template_define.go:32:43: inlining call to strings.HasPrefix
text_template_define.go:32:43: inlining call to strings.TrimPrefix
text_template_define.go:33:14: inlining call to sort.Strings
text_template_define.go:33:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
text_template_define.go:34:12: ... argument does not escape
text_template_define.go:34:12: inlining call to fmt.Printf
text_template_define.go:34:13: label escapes to heap
text_template_define.go:34:44: strings.Join(names, " ") escapes to heap
text_template_define.go:37:12: leaking param: err
text_template_define.go:39:14: ... argument does not escape
text_template_define.go:39:14: inlining call to fmt.Println
text_template_define.go:39:15: "error:" escapes to heap
text_template_define.go:44:42: []string{...} escapes to heap
text_template_define.go:45:23: inlining call to template.Must
text_template_define.go:45:36: &template.Template{...} escapes to heap
text_template_define.go:45:36: inlining call to template.(*Template).init
text_template_define.go:45:36: inlining call to template.New
text_template_define.go:45:36: make(map[string]*template.Template) escapes to heap
text_template_define.go:45:36: make(map[string]reflect.Value) escapes to heap
text_template_define.go:45:36: make(template.FuncMap) escapes to heap
text_template_define.go:45:36: new(template.common) escapes to heap
text_template_define.go:50:13: ... argument does not escape
text_template_define.go:50:13: inlining call to fmt.Println
text_template_define.go:50:14: "name:" escapes to heap
text_template_define.go:50:32: inlining call to template.(*Template).Name
text_template_define.go:50:32: ~R0 escapes to heap
text_template_define.go:51:20: inlining call to template.(*Template).Execute
text_template_define.go:51:20: p escapes to heap
text_template_define.go:52:13: inlining call to fmt.Println
text_template_define.go:53:48: "direct" escapes to heap
text_template_define.go:54:13: inlining call to fmt.Println
text_template_define.go:55:40: p escapes to heap
text_template_define.go:56:13: inlining call to fmt.Println
text_template_define.go:60:14: ... argument does not escape
text_template_define.go:60:14: inlining call to fmt.Println
text_template_define.go:60:15: "lookup item:" escapes to heap
text_template_define.go:60:37: inlining call to template.(*Template).Name
text_template_define.go:60:37: ~R0 escapes to heap
text_template_define.go:62:13: ... argument does not escape
text_template_define.go:62:13: inlining call to fmt.Println
text_template_define.go:62:14: "lookup missing is nil:" escapes to heap
text_template_define.go:62:63: (*template.Template).Lookup(root, "missing") == nil escapes to heap
text_template_define.go:65:15: inlining call to template.Must
text_template_define.go:67:40: p escapes to heap
text_template_define.go:68:13: inlining call to fmt.Println
text_template_define.go:71:23: inlining call to template.Must
text_template_define.go:71:36: &template.Template{...} escapes to heap
text_template_define.go:71:36: inlining call to template.(*Template).init
text_template_define.go:71:36: inlining call to template.New
text_template_define.go:71:36: make(map[string]*template.Template) escapes to heap
text_template_define.go:71:36: make(map[string]reflect.Value) escapes to heap
text_template_define.go:71:36: make(template.FuncMap) escapes to heap
text_template_define.go:71:36: new(template.common) escapes to heap
text_template_define.go:73:6: moved to heap: sb
text_template_define.go:74:20: inlining call to template.(*Template).Execute
text_template_define.go:74:21: p escapes to heap
text_template_define.go:75:13: ... argument does not escape
text_template_define.go:75:13: inlining call to fmt.Println
text_template_define.go:75:14: "block default:" escapes to heap
text_template_define.go:75:41: inlining call to strings.(*Builder).String
text_template_define.go:75:41: ~R0 escapes to heap
text_template_define.go:76:15: inlining call to template.Must
text_template_define.go:77:10: inlining call to strings.(*Builder).Reset
text_template_define.go:78:20: inlining call to template.(*Template).Execute
text_template_define.go:78:21: p escapes to heap
text_template_define.go:79:13: ... argument does not escape
text_template_define.go:79:13: inlining call to fmt.Println
text_template_define.go:79:14: "block override:" escapes to heap
text_template_define.go:79:42: inlining call to strings.(*Builder).String
text_template_define.go:79:42: ~R0 escapes to heap
text_template_define.go:83:21: &template.Template{...} escapes to heap
text_template_define.go:83:21: inlining call to template.(*Template).init
text_template_define.go:83:21: inlining call to template.New
text_template_define.go:83:21: make(map[string]*template.Template) escapes to heap
text_template_define.go:83:21: make(map[string]reflect.Value) escapes to heap
text_template_define.go:83:21: make(template.FuncMap) escapes to heap
text_template_define.go:83:21: new(template.common) escapes to heap
text_template_define.go:84:15: inlining call to template.Must
text_template_define.go:85:19: &template.Template{...} escapes to heap
text_template_define.go:85:19: inlining call to template.(*Template).New
text_template_define.go:85:19: inlining call to template.(*Template).init
text_template_define.go:85:19: make(map[string]*template.Template) escapes to heap
text_template_define.go:85:19: make(map[string]reflect.Value) escapes to heap
text_template_define.go:85:19: make(template.FuncMap) escapes to heap
text_template_define.go:85:19: new(template.common) escapes to heap
text_template_define.go:86:15: inlining call to template.Must
text_template_define.go:87:13: ... argument does not escape
text_template_define.go:87:13: inlining call to fmt.Println
text_template_define.go:87:14: "second name:" escapes to heap
text_template_define.go:87:41: inlining call to template.(*Template).Name
text_template_define.go:87:41: ~R0 escapes to heap
text_template_define.go:88:19: inlining call to template.(*Template).Execute
text_template_define.go:88:31: 5 escapes to heap
text_template_define.go:89:13: inlining call to fmt.Println
text_template_define.go:90:49: "x" escapes to heap
text_template_define.go:91:13: inlining call to fmt.Println
text_template_define.go:95:22: inlining call to template.Must
text_template_define.go:95:35: &template.Template{...} escapes to heap
text_template_define.go:95:35: inlining call to template.(*Template).init
text_template_define.go:95:35: inlining call to template.New
text_template_define.go:95:35: make(map[string]*template.Template) escapes to heap
text_template_define.go:95:35: make(map[string]reflect.Value) escapes to heap
text_template_define.go:95:35: make(template.FuncMap) escapes to heap
text_template_define.go:95:35: new(template.common) escapes to heap
text_template_define.go:98:19: inlining call to template.(*Template).Execute
text_template_define.go:98:31: &Node{...} escapes to heap
text_template_define.go:98:40: &Node{...} escapes to heap
text_template_define.go:98:49: &Node{...} escapes to heap
text_template_define.go:99:13: inlining call to fmt.Println
