slice_copy_overlap.go:11:13: ... argument does not escape
slice_copy_overlap.go:11:13: inlining call to fmt.Println
slice_copy_overlap.go:11:13: n escapes to heap
slice_copy_overlap.go:11:13: src escapes to heap
slice_copy_overlap.go:12:13: []int{...} escapes to heap
slice_copy_overlap.go:14:13: ... argument does not escape
slice_copy_overlap.go:14:13: inlining call to fmt.Println
slice_copy_overlap.go:14:13: n escapes to heap
slice_copy_overlap.go:14:13: src escapes to heap
slice_copy_overlap.go:15:11: make([]byte, 4) escapes to heap
slice_copy_overlap.go:17:13: ... argument does not escape
slice_copy_overlap.go:17:13: b escapes to heap
slice_copy_overlap.go:17:13: inlining call to fmt.Println
slice_copy_overlap.go:17:13: n escapes to heap
slice_copy_overlap.go:19:13: ... argument does not escape
slice_copy_overlap.go:19:13: inlining call to fmt.Println
slice_copy_overlap.go:19:13: n escapes to heap
slice_copy_overlap.go:21:13: ... argument does not escape
slice_copy_overlap.go:21:13: inlining call to fmt.Println
slice_copy_overlap.go:21:18: copy(nilDst, src) escapes to heap
slice_copy_overlap.go:22:13: make([]int, 10) escapes to heap
slice_copy_overlap.go:23:13: ... argument does not escape
slice_copy_overlap.go:23:13: inlining call to fmt.Println
slice_copy_overlap.go:23:18: big escapes to heap
slice_copy_overlap.go:23:18: copy(big, src) escapes to heap
slice_copy_overlap.go:25:12: []pt{...} escapes to heap
slice_copy_overlap.go:26:12: make([]pt, 2) escapes to heap
slice_copy_overlap.go:29:13: ... argument does not escape
slice_copy_overlap.go:29:13: inlining call to fmt.Println
slice_copy_overlap.go:29:13: ps escapes to heap
slice_copy_overlap.go:29:13: qs escapes to heap
slice_copy_overlap.go:6:14: []int{...} escapes to heap
slice_copy_overlap.go:7:13: make([]int, 3) escapes to heap
slice_copy_overlap.go:9:13: ... argument does not escape
slice_copy_overlap.go:9:13: dst escapes to heap
slice_copy_overlap.go:9:13: inlining call to fmt.Println
slice_copy_overlap.go:9:13: n escapes to heap
