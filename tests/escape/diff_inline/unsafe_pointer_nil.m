unsafe_pointer_nil.go:20:13: ... argument does not escape
unsafe_pointer_nil.go:20:13: inlining call to fmt.Println
unsafe_pointer_nil.go:20:14: *(*int)(p) escapes to heap
unsafe_pointer_nil.go:20:28: g == nil escapes to heap
unsafe_pointer_nil.go:22:13: ... argument does not escape
unsafe_pointer_nil.go:22:13: inlining call to fmt.Println
unsafe_pointer_nil.go:22:16: q == nil escapes to heap
