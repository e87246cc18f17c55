panic_struct_value_recovered.go:12:10: f does not escape
panic_struct_value_recovered.go:13:8: func literal does not escape
panic_struct_value_recovered.go:15:13: ... argument does not escape
panic_struct_value_recovered.go:15:13: inlining call to fmt.Printf
panic_struct_value_recovered.go:17:15: ... argument does not escape
panic_struct_value_recovered.go:17:15: inlining call to fmt.Println
panic_struct_value_recovered.go:17:16: "fault code" escapes to heap
panic_struct_value_recovered.go:17:32: fv.Code escapes to heap
panic_struct_value_recovered.go:24:26: Fault{...} escapes to heap
panic_struct_value_recovered.go:24:6: can inline main.func1
panic_struct_value_recovered.go:24:6: func literal does not escape
panic_struct_value_recovered.go:25:21: &Fault{...} escapes to heap
panic_struct_value_recovered.go:25:6: can inline main.func2
panic_struct_value_recovered.go:25:6: func literal does not escape
panic_struct_value_recovered.go:26:27: Limits{...} escapes to heap
panic_struct_value_recovered.go:26:6: can inline main.func3
panic_struct_value_recovered.go:26:6: func literal does not escape
panic_struct_value_recovered.go:27:29: []string{...} escapes to heap
panic_struct_value_recovered.go:27:29: []string{...} escapes to heap
panic_struct_value_recovered.go:27:6: can inline main.func4
panic_struct_value_recovered.go:27:6: func literal does not escape
panic_struct_value_recovered.go:28:35: map[string]int{...} escapes to heap
panic_struct_value_recovered.go:28:6: can inline main.func5
panic_struct_value_recovered.go:28:6: func literal does not escape
panic_struct_value_recovered.go:29:20: 3.5 escapes to heap
panic_struct_value_recovered.go:29:6: can inline main.func6
panic_struct_value_recovered.go:29:6: func literal does not escape
panic_struct_value_recovered.go:30:6: can inline main.func7
panic_struct_value_recovered.go:30:6: func literal does not escape
panic_struct_value_recovered.go:31:39: struct { A int; B int }{...} escapes to heap
panic_struct_value_recovered.go:31:6: can inline main.func8
panic_struct_value_recovered.go:31:6: func literal does not escape
panic_struct_value_recovered.go:32:6: can inline main.func9
panic_struct_value_recovered.go:32:6: func literal does not escape
