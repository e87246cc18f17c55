unsafe_offsetof_promoted.go:28:10: name does not escape
unsafe_offsetof_promoted.go:28:23: f does not escape
unsafe_offsetof_promoted.go:29:8: func literal does not escape
unsafe_offsetof_promoted.go:31:15: ... argument does not escape
unsafe_offsetof_promoted.go:31:15: inlining call to fmt.Println
unsafe_offsetof_promoted.go:31:20: name + ":" escapes to heap
unsafe_offsetof_promoted.go:31:20: name + ":" escapes to heap
unsafe_offsetof_promoted.go:40:13: ... argument does not escape
unsafe_offsetof_promoted.go:40:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:40:29: unsafe.Offsetof(o.Flag) escapes to heap
unsafe_offsetof_promoted.go:40:54: unsafe.Offsetof(o.Middle) escapes to heap
unsafe_offsetof_promoted.go:40:81: unsafe.Offsetof(o.Tail) escapes to heap
unsafe_offsetof_promoted.go:41:13: ... argument does not escape
unsafe_offsetof_promoted.go:41:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:41:29: unsafe.Offsetof(o.X) escapes to heap
unsafe_offsetof_promoted.go:41:51: unsafe.Offsetof(o.Inner) escapes to heap
unsafe_offsetof_promoted.go:41:77: unsafe.Offsetof(o.A) escapes to heap
unsafe_offsetof_promoted.go:41:99: unsafe.Offsetof(o.B) escapes to heap
unsafe_offsetof_promoted.go:42:13: ... argument does not escape
unsafe_offsetof_promoted.go:42:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:42:29: unsafe.Offsetof(o.Middle.B) escapes to heap
unsafe_offsetof_promoted.go:42:58: unsafe.Offsetof(p.B) escapes to heap
unsafe_offsetof_promoted.go:42:80: unsafe.Offsetof(o.Inner.B) escapes to heap
unsafe_offsetof_promoted.go:43:13: ... argument does not escape
unsafe_offsetof_promoted.go:43:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:43:27: unsafe.Sizeof(o) escapes to heap
unsafe_offsetof_promoted.go:43:46: unsafe.Alignof(o.B) escapes to heap
unsafe_offsetof_promoted.go:45:2: moved to heap: arr
unsafe_offsetof_promoted.go:47:13: ... argument does not escape
unsafe_offsetof_promoted.go:47:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:47:13: s escapes to heap
unsafe_offsetof_promoted.go:47:20: len(s) escapes to heap
unsafe_offsetof_promoted.go:47:28: cap(s) escapes to heap
unsafe_offsetof_promoted.go:49:13: ... argument does not escape
unsafe_offsetof_promoted.go:49:13: arr escapes to heap
unsafe_offsetof_promoted.go:49:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:50:13: ... argument does not escape
unsafe_offsetof_promoted.go:50:13: inlining call to fmt.Println
unsafe_offsetof_promoted.go:50:43: unsafe.Slice((*int)(nil), 0) == nil escapes to heap
unsafe_offsetof_promoted.go:52:18: can inline main.func1
unsafe_offsetof_promoted.go:52:18: func literal does not escape
unsafe_offsetof_promoted.go:53:13: can inline main.func2
unsafe_offsetof_promoted.go:53:13: func literal does not escape
unsafe_offsetof_promoted.go:55:14: can inline main.func3
unsafe_offsetof_promoted.go:55:14: func literal does not escape
