slice_nil_vs_empty.go:10:13: ... argument does not escape
slice_nil_vs_empty.go:10:13: inlining call to fmt.Println
slice_nil_vs_empty.go:10:17: len(a) escapes to heap
slice_nil_vs_empty.go:10:25: cap(a) escapes to heap
slice_nil_vs_empty.go:10:33: len(b) escapes to heap
slice_nil_vs_empty.go:10:41: cap(b) escapes to heap
slice_nil_vs_empty.go:11:12: ... argument does not escape
slice_nil_vs_empty.go:11:12: inlining call to fmt.Printf
slice_nil_vs_empty.go:11:13: a escapes to heap
slice_nil_vs_empty.go:11:13: b escapes to heap
slice_nil_vs_empty.go:11:36: len(c) escapes to heap
slice_nil_vs_empty.go:13:14: ... argument does not escape
slice_nil_vs_empty.go:13:14: inlining call to fmt.Println
slice_nil_vs_empty.go:13:15: "never" escapes to heap
slice_nil_vs_empty.go:16:13: ... argument does not escape
slice_nil_vs_empty.go:16:13: a escapes to heap
slice_nil_vs_empty.go:16:13: inlining call to fmt.Println
slice_nil_vs_empty.go:16:19: a == nil escapes to heap
slice_nil_vs_empty.go:18:13: ... argument does not escape
slice_nil_vs_empty.go:18:13: inlining call to fmt.Println
slice_nil_vs_empty.go:18:16: d == nil escapes to heap
slice_nil_vs_empty.go:18:27: len(d) escapes to heap
slice_nil_vs_empty.go:18:35: cap(d) escapes to heap
slice_nil_vs_empty.go:21:13: ... argument does not escape
slice_nil_vs_empty.go:21:13: inlining call to fmt.Println
slice_nil_vs_empty.go:21:16: e == nil escapes to heap
slice_nil_vs_empty.go:23:13: ... argument does not escape
slice_nil_vs_empty.go:23:13: inlining call to fmt.Println
slice_nil_vs_empty.go:23:17: len(f) escapes to heap
slice_nil_vs_empty.go:23:24: f == nil escapes to heap
slice_nil_vs_empty.go:25:13: ... argument does not escape
slice_nil_vs_empty.go:25:13: inlining call to fmt.Println
slice_nil_vs_empty.go:25:21: m["x"] == nil escapes to heap
slice_nil_vs_empty.go:26:11: make([]int, 0, 0) does not escape
slice_nil_vs_empty.go:27:13: ... argument does not escape
slice_nil_vs_empty.go:27:13: inlining call to fmt.Println
slice_nil_vs_empty.go:27:16: g == nil escapes to heap
slice_nil_vs_empty.go:27:27: cap(g) escapes to heap
slice_nil_vs_empty.go:28:12: ... argument does not escape
slice_nil_vs_empty.go:28:12: inlining call to fmt.Printf
slice_nil_vs_empty.go:28:31: ([]int)(nil) escapes to heap
slice_nil_vs_empty.go:28:43: []int{} escapes to heap
slice_nil_vs_empty.go:28:43: []int{} escapes to heap
slice_nil_vs_empty.go:7:12: []int{} escapes to heap
slice_nil_vs_empty.go:8:11: make([]int, 0) does not escape
slice_nil_vs_empty.go:9:13: ... argument does not escape
slice_nil_vs_empty.go:9:13: inlining call to fmt.Println
slice_nil_vs_empty.go:9:16: a == nil escapes to heap
slice_nil_vs_empty.go:9:26: b == nil escapes to heap
slice_nil_vs_empty.go:9:36: c == nil escapes to heap
