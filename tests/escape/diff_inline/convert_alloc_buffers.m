convert_alloc_buffers.go:10:13: string(b) escapes to heap
convert_alloc_buffers.go:12:13: ... argument does not escape
convert_alloc_buffers.go:12:13: inlining call to fmt.Println
convert_alloc_buffers.go:12:13: s escapes to heap
convert_alloc_buffers.go:12:23: string(b) escapes to heap
convert_alloc_buffers.go:12:23: string(b) escapes to heap
convert_alloc_buffers.go:13:13: ([]byte)("abc") does not escape
convert_alloc_buffers.go:14:13: ... argument does not escape
convert_alloc_buffers.go:14:13: inlining call to fmt.Println
convert_alloc_buffers.go:14:17: len(x) escapes to heap
convert_alloc_buffers.go:14:25: cap(x) escapes to heap
convert_alloc_buffers.go:16:13: ... argument does not escape
convert_alloc_buffers.go:16:13: inlining call to fmt.Println
convert_alloc_buffers.go:16:20: string(x) escapes to heap
convert_alloc_buffers.go:16:20: string(x) escapes to heap
convert_alloc_buffers.go:16:28: cap(x) escapes to heap
convert_alloc_buffers.go:17:13: []rune{...} does not escape
convert_alloc_buffers.go:18:13: ... argument does not escape
convert_alloc_buffers.go:18:13: inlining call to fmt.Println
convert_alloc_buffers.go:18:17: len(r) escapes to heap
convert_alloc_buffers.go:18:25: cap(r) escapes to heap
convert_alloc_buffers.go:18:36: string(r) escapes to heap
convert_alloc_buffers.go:18:36: string(r) escapes to heap
convert_alloc_buffers.go:19:13: ... argument does not escape
convert_alloc_buffers.go:19:13: inlining call to fmt.Println
convert_alloc_buffers.go:19:20: string(rune(0x4e16)) escapes to heap
convert_alloc_buffers.go:19:42: string(r[1]) escapes to heap
convert_alloc_buffers.go:19:42: string(r[1]) escapes to heap
convert_alloc_buffers.go:20:16: ([]byte)("this is a much longer string than thirty-two bytes") does not escape
convert_alloc_buffers.go:21:14: string(long) escapes to heap
convert_alloc_buffers.go:23:13: ... argument does not escape
convert_alloc_buffers.go:23:13: inlining call to fmt.Println
convert_alloc_buffers.go:23:13: ls escapes to heap
convert_alloc_buffers.go:26:16: string([]byte{...}) escapes to heap
convert_alloc_buffers.go:26:23: []byte{...} does not escape
convert_alloc_buffers.go:27:14: ... argument does not escape
convert_alloc_buffers.go:27:14: cur escapes to heap
convert_alloc_buffers.go:27:14: inlining call to fmt.Println
convert_alloc_buffers.go:27:14: prev escapes to heap
convert_alloc_buffers.go:30:21: map[string]int{} escapes to heap
convert_alloc_buffers.go:31:28: [][]byte{...} does not escape
convert_alloc_buffers.go:31:35: ([]byte)("x") does not escape
convert_alloc_buffers.go:31:48: ([]byte)("yy") does not escape
convert_alloc_buffers.go:31:62: ([]byte)("x") does not escape
convert_alloc_buffers.go:32:11: string(w) escapes to heap
convert_alloc_buffers.go:34:13: ... argument does not escape
convert_alloc_buffers.go:34:13: inlining call to fmt.Println
convert_alloc_buffers.go:9:13: ([]byte)("hello, world") does not escape
