pointer_to_struct_field.go:12:6: can inline (*Vec).Add
pointer_to_struct_field.go:12:7: v does not escape
pointer_to_struct_field.go:14:11: bs does not escape
pointer_to_struct_field.go:14:6: can inline step
pointer_to_struct_field.go:17:12: inlining call to (*Vec).Add
pointer_to_struct_field.go:22:18: []Body{...} escapes to heap
pointer_to_struct_field.go:24:7: inlining call to (*Vec).Add
pointer_to_struct_field.go:24:7: inlining call to step
pointer_to_struct_field.go:27:13: ... argument does not escape
pointer_to_struct_field.go:27:13: inlining call to fmt.Printf
pointer_to_struct_field.go:27:34: b.Pos.X escapes to heap
pointer_to_struct_field.go:27:43: b.Pos.Y escapes to heap
pointer_to_struct_field.go:31:13: ... argument does not escape
pointer_to_struct_field.go:31:13: inlining call to fmt.Println
pointer_to_struct_field.go:31:23: bodies[0].Pos escapes to heap
pointer_to_struct_field.go:35:13: ... argument does not escape
pointer_to_struct_field.go:35:13: inlining call to fmt.Println
pointer_to_struct_field.go:35:23: bodies[0].Mass escapes to heap
pointer_to_struct_field.go:35:39: bodies[1].Mass escapes to heap
pointer_to_struct_field.go:36:23: map[string]*Body{...} does not escape
pointer_to_struct_field.go:38:13: ... argument does not escape
pointer_to_struct_field.go:38:13: inlining call to fmt.Println
pointer_to_struct_field.go:38:23: bodies[1].Mass escapes to heap
