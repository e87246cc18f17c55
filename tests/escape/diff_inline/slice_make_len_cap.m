slice_make_len_cap.go:10:11: make([]string, 2) does not escape
slice_make_len_cap.go:13:11: make([]float64, n, n * 2) escapes to heap
slice_make_len_cap.go:15:11: make([]struct {}, 1000) does not escape
slice_make_len_cap.go:17:12: make([]bool, 3) does not escape
slice_make_len_cap.go:21:11: make([]uint8, nn) escapes to heap
slice_make_len_cap.go:4:11: make([]int, 3, 8) does not escape
