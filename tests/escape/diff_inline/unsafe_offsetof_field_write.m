unsafe_offsetof_field_write.go:19:13: ... argument does not escape
unsafe_offsetof_field_write.go:19:13: inlining call to fmt.Println
unsafe_offsetof_field_write.go:19:13: p escapes to heap
unsafe_offsetof_field_write.go:30:13: ... argument does not escape
unsafe_offsetof_field_write.go:30:13: inlining call to fmt.Println
unsafe_offsetof_field_write.go:30:13: p escapes to heap
unsafe_offsetof_field_write.go:31:105: unsafe.Sizeof(p) escapes to heap
unsafe_offsetof_field_write.go:31:13: ... argument does not escape
unsafe_offsetof_field_write.go:31:13: inlining call to fmt.Println
unsafe_offsetof_field_write.go:31:29: unsafe.Offsetof(p.name) escapes to heap
unsafe_offsetof_field_write.go:31:54: unsafe.Offsetof(p.age) escapes to heap
unsafe_offsetof_field_write.go:31:78: unsafe.Offsetof(p.language) escapes to heap
