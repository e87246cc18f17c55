sort_slice_stable.go:14:20: []Person{...} escapes to heap
sort_slice_stable.go:17:18: people escapes to heap
sort_slice_stable.go:17:27: can inline main.func1
sort_slice_stable.go:17:27: func literal does not escape
sort_slice_stable.go:18:13: ... argument does not escape
sort_slice_stable.go:18:13: inlining call to fmt.Println
sort_slice_stable.go:18:13: people escapes to heap
sort_slice_stable.go:19:18: people escapes to heap
sort_slice_stable.go:19:27: can inline main.func2
sort_slice_stable.go:19:27: func literal does not escape
sort_slice_stable.go:20:13: ... argument does not escape
sort_slice_stable.go:20:13: inlining call to fmt.Println
sort_slice_stable.go:20:13: people escapes to heap
sort_slice_stable.go:21:15: []int{...} escapes to heap
sort_slice_stable.go:22:11: inlining call to sort.Ints
sort_slice_stable.go:22:11: sort.Interface(sort.IntSlice(sort.x)) escapes to heap
sort_slice_stable.go:23:13: ... argument does not escape
sort_slice_stable.go:23:13: inlining call to fmt.Println
sort_slice_stable.go:23:13: ints escapes to heap
sort_slice_stable.go:23:38: inlining call to sort.IntsAreSorted
sort_slice_stable.go:23:38: sort.Interface(sort.IntSlice(sort.x)) escapes to heap
sort_slice_stable.go:23:38: ~R0 escapes to heap
sort_slice_stable.go:25:13: ... argument does not escape
sort_slice_stable.go:25:13: inlining call to fmt.Println
sort_slice_stable.go:25:14: "8 at" escapes to heap
sort_slice_stable.go:25:14: idx escapes to heap
sort_slice_stable.go:25:27: "4 would be at" escapes to heap
sort_slice_stable.go:25:59: sort.SearchInts(ints, 4) escapes to heap
sort_slice_stable.go:26:18: []string{...} escapes to heap
sort_slice_stable.go:27:14: inlining call to sort.Strings
sort_slice_stable.go:27:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
sort_slice_stable.go:28:13: ... argument does not escape
sort_slice_stable.go:28:13: inlining call to fmt.Println
sort_slice_stable.go:28:13: strs escapes to heap
sort_slice_stable.go:29:17: []float64{...} escapes to heap
sort_slice_stable.go:30:15: inlining call to sort.Float64s
sort_slice_stable.go:30:15: sort.Interface(sort.Float64Slice(sort.x)) escapes to heap
sort_slice_stable.go:31:13: ... argument does not escape
sort_slice_stable.go:31:13: fl escapes to heap
sort_slice_stable.go:31:13: inlining call to fmt.Println
sort_slice_stable.go:32:24: &sort.reverse{...} escapes to heap
sort_slice_stable.go:32:24: inlining call to sort.Reverse
sort_slice_stable.go:32:38: sort.IntSlice(ints) escapes to heap
sort_slice_stable.go:33:13: ... argument does not escape
sort_slice_stable.go:33:13: inlining call to fmt.Println
sort_slice_stable.go:33:13: ints escapes to heap
sort_slice_stable.go:34:24: can inline main.func3
sort_slice_stable.go:34:24: func literal does not escape
sort_slice_stable.go:35:13: ... argument does not escape
sort_slice_stable.go:35:13: inlining call to fmt.Println
sort_slice_stable.go:35:14: "first n with n*n >= 50:" escapes to heap
sort_slice_stable.go:35:14: i escapes to heap
