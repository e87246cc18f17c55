slice_append_grow.go:14:14: ... argument does not escape
slice_append_grow.go:14:14: inlining call to fmt.Printf
slice_append_grow.go:14:44: len(s) escapes to heap
slice_append_grow.go:14:52: cap(s) escapes to heap
slice_append_grow.go:17:14: ... argument does not escape
slice_append_grow.go:17:14: inlining call to fmt.Printf
slice_append_grow.go:17:37: len(s) escapes to heap
slice_append_grow.go:17:45: cap(s) escapes to heap
slice_append_grow.go:23:14: ... argument does not escape
slice_append_grow.go:23:14: inlining call to fmt.Println
slice_append_grow.go:23:15: "bytes" escapes to heap
slice_append_grow.go:23:27: len(b) escapes to heap
slice_append_grow.go:23:35: cap(b) escapes to heap
slice_append_grow.go:25:13: make([]int64, 0, 5) does not escape
slice_append_grow.go:27:13: ... argument does not escape
slice_append_grow.go:27:13: inlining call to fmt.Println
slice_append_grow.go:27:14: "bulk" escapes to heap
slice_append_grow.go:27:25: len(big) escapes to heap
slice_append_grow.go:27:35: cap(big) escapes to heap
slice_append_grow.go:28:24: make([]int64, 100) does not escape
slice_append_grow.go:29:13: ... argument does not escape
slice_append_grow.go:29:13: inlining call to fmt.Println
slice_append_grow.go:29:14: "bulk2" escapes to heap
slice_append_grow.go:29:26: len(big) escapes to heap
slice_append_grow.go:29:36: cap(big) escapes to heap
slice_append_grow.go:34:14: ... argument does not escape
slice_append_grow.go:34:14: inlining call to fmt.Println
slice_append_grow.go:34:15: "triple" escapes to heap
slice_append_grow.go:34:28: len(ts) escapes to heap
slice_append_grow.go:34:37: cap(ts) escapes to heap
