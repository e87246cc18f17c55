slice_three_index.go:10:13: ... argument does not escape
slice_three_index.go:10:13: inlining call to fmt.Println
slice_three_index.go:10:13: s escapes to heap
slice_three_index.go:10:20: len(s) escapes to heap
slice_three_index.go:10:28: cap(s) escapes to heap
slice_three_index.go:12:13: ... argument does not escape
slice_three_index.go:12:13: inlining call to fmt.Println
slice_three_index.go:12:17: len(t) escapes to heap
slice_three_index.go:12:25: cap(t) escapes to heap
slice_three_index.go:12:32: t == nil escapes to heap
slice_three_index.go:14:13: ... argument does not escape
slice_three_index.go:14:13: inlining call to fmt.Println
slice_three_index.go:14:17: arr[0] escapes to heap
slice_three_index.go:14:23: t[0] escapes to heap
slice_three_index.go:18:13: ... argument does not escape
slice_three_index.go:18:13: inlining call to fmt.Println
slice_three_index.go:18:17: arr[8] escapes to heap
slice_three_index.go:18:17: u escapes to heap
slice_three_index.go:19:16: []string{...} escapes to heap
slice_three_index.go:21:13: ... argument does not escape
slice_three_index.go:21:13: inlining call to fmt.Println
slice_three_index.go:21:13: v escapes to heap
slice_three_index.go:21:20: len(v) escapes to heap
slice_three_index.go:21:28: cap(v) escapes to heap
slice_three_index.go:23:13: ... argument does not escape
slice_three_index.go:23:13: inlining call to fmt.Println
slice_three_index.go:23:13: sl escapes to heap
slice_three_index.go:26:13: ... argument does not escape
slice_three_index.go:26:13: inlining call to fmt.Println
slice_three_index.go:26:13: sl escapes to heap
slice_three_index.go:26:13: v escapes to heap
slice_three_index.go:29:13: ... argument does not escape
slice_three_index.go:29:13: inlining call to fmt.Println
slice_three_index.go:29:17: len(w) escapes to heap
slice_three_index.go:29:25: cap(w) escapes to heap
slice_three_index.go:32:13: ... argument does not escape
slice_three_index.go:32:13: inlining call to fmt.Println
slice_three_index.go:32:13: q escapes to heap
slice_three_index.go:32:20: cap(q) escapes to heap
slice_three_index.go:6:2: moved to heap: arr
slice_three_index.go:8:13: ... argument does not escape
slice_three_index.go:8:13: inlining call to fmt.Println
slice_three_index.go:8:13: s escapes to heap
slice_three_index.go:8:20: len(s) escapes to heap
slice_three_index.go:8:28: cap(s) escapes to heap
