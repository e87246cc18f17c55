unsafe_struct_cast.go:20:12: ... argument does not escape
unsafe_struct_cast.go:20:12: inlining call to fmt.Printf
unsafe_struct_cast.go:20:13: packed escapes to heap
unsafe_struct_cast.go:21:2: moved to heap: raw
unsafe_struct_cast.go:23:13: ... argument does not escape
unsafe_struct_cast.go:23:13: inlining call to fmt.Println
unsafe_struct_cast.go:23:20: string(h.magic[:]) escapes to heap
unsafe_struct_cast.go:23:20: string(h.magic[:]) escapes to heap
unsafe_struct_cast.go:23:35: h.version escapes to heap
unsafe_struct_cast.go:23:46: h.flags escapes to heap
unsafe_struct_cast.go:23:55: h.length escapes to heap
unsafe_struct_cast.go:25:13: ... argument does not escape
unsafe_struct_cast.go:25:13: inlining call to fmt.Println
unsafe_struct_cast.go:25:17: raw[8:] escapes to heap
unsafe_struct_cast.go:29:11: main ignoring self-assignment in p.a, p.b = p.b, p.a
unsafe_struct_cast.go:29:11: main ignoring self-assignment in p.a, p.b = p.b, p.a
unsafe_struct_cast.go:30:13: ... argument does not escape
unsafe_struct_cast.go:30:13: arr escapes to heap
unsafe_struct_cast.go:30:13: inlining call to fmt.Println
unsafe_struct_cast.go:36:12: ... argument does not escape
unsafe_struct_cast.go:36:12: inlining call to fmt.Printf
unsafe_struct_cast.go:36:13: c escapes to heap
unsafe_struct_cast.go:37:13: ... argument does not escape
unsafe_struct_cast.go:37:13: inlining call to fmt.Println
unsafe_struct_cast.go:37:27: unsafe.Sizeof(header{}) escapes to heap
unsafe_struct_cast.go:37:53: unsafe.Alignof(header{}.length) escapes to heap
unsafe_struct_cast.go:37:87: unsafe.Offsetof(header{}.length) escapes to heap
