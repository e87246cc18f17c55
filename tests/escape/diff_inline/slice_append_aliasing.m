slice_append_aliasing.go:10:15: []int{...} does not escape
slice_append_aliasing.go:13:13: ... argument does not escape
slice_append_aliasing.go:13:13: inlining call to fmt.Println
slice_append_aliasing.go:13:15: c[3] escapes to heap
slice_append_aliasing.go:13:21: d[3] escapes to heap
slice_append_aliasing.go:13:26: "separate arrays (cap exceeded)" escapes to heap
slice_append_aliasing.go:15:13: ... argument does not escape
slice_append_aliasing.go:15:13: inlining call to fmt.Println
slice_append_aliasing.go:15:18: full[0] escapes to heap
slice_append_aliasing.go:15:24: c[0] escapes to heap
slice_append_aliasing.go:16:12: []int{...} escapes to heap
slice_append_aliasing.go:19:13: ... argument does not escape
slice_append_aliasing.go:19:13: inlining call to fmt.Println
slice_append_aliasing.go:19:13: s escapes to heap
slice_append_aliasing.go:19:13: t escapes to heap
slice_append_aliasing.go:22:13: ... argument does not escape
slice_append_aliasing.go:22:13: inlining call to fmt.Println
slice_append_aliasing.go:22:13: s escapes to heap
slice_append_aliasing.go:22:13: u escapes to heap
slice_append_aliasing.go:23:12: []int{...} escapes to heap
slice_append_aliasing.go:25:13: ... argument does not escape
slice_append_aliasing.go:25:13: inlining call to fmt.Println
slice_append_aliasing.go:25:13: x escapes to heap
slice_append_aliasing.go:25:20: len(x) escapes to heap
slice_append_aliasing.go:25:28: cap(x) escapes to heap
slice_append_aliasing.go:26:12: []int{...} escapes to heap
slice_append_aliasing.go:28:13: ... argument does not escape
slice_append_aliasing.go:28:13: inlining call to fmt.Println
slice_append_aliasing.go:28:13: y escapes to heap
slice_append_aliasing.go:29:21: ([]byte)("hello ") does not escape
slice_append_aliasing.go:30:13: ... argument does not escape
slice_append_aliasing.go:30:13: inlining call to fmt.Println
slice_append_aliasing.go:30:20: string(bs) escapes to heap
slice_append_aliasing.go:30:20: string(bs) escapes to heap
slice_append_aliasing.go:33:13: ... argument does not escape
slice_append_aliasing.go:33:13: inlining call to fmt.Println
slice_append_aliasing.go:33:16: n == nil escapes to heap
slice_append_aliasing.go:33:27: len(n) escapes to heap
slice_append_aliasing.go:6:14: make([]int, 3, 10) does not escape
slice_append_aliasing.go:9:13: ... argument does not escape
slice_append_aliasing.go:9:13: inlining call to fmt.Println
slice_append_aliasing.go:9:15: a[3] escapes to heap
slice_append_aliasing.go:9:21: b[3] escapes to heap
slice_append_aliasing.go:9:26: "shared backing array" escapes to heap
