slice_of_slices.go:19:19: [][]string{...} does not escape
slice_of_slices.go:19:20: []string{...} escapes to heap
slice_of_slices.go:19:27: []string{} escapes to heap
slice_of_slices.go:19:31: []string{...} escapes to heap
slice_of_slices.go:24:14: make([][]byte, 3) does not escape
slice_of_slices.go:26:19: ([]byte)("...") escapes to heap
slice_of_slices.go:30:17: string(r) does not escape
slice_of_slices.go:5:13: make([][]int, n) escapes to heap
slice_of_slices.go:7:16: make([]int, i + 1) escapes to heap
