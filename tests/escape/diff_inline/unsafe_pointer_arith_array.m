unsafe_pointer_arith_array.go:15:2: moved to heap: arr
unsafe_pointer_arith_array.go:21:13: ... argument does not escape
unsafe_pointer_arith_array.go:21:13: arr escapes to heap
unsafe_pointer_arith_array.go:21:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:23:13: ... argument does not escape
unsafe_pointer_arith_array.go:23:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:23:14: *third escapes to heap
unsafe_pointer_arith_array.go:24:12: []int{...} escapes to heap
unsafe_pointer_arith_array.go:26:13: ... argument does not escape
unsafe_pointer_arith_array.go:26:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:26:15: h.Len escapes to heap
unsafe_pointer_arith_array.go:26:22: h.Cap escapes to heap
unsafe_pointer_arith_array.go:28:13: ... argument does not escape
unsafe_pointer_arith_array.go:28:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:28:13: s escapes to heap
unsafe_pointer_arith_array.go:28:20: len(s) escapes to heap
unsafe_pointer_arith_array.go:31:12: ... argument does not escape
unsafe_pointer_arith_array.go:31:12: inlining call to fmt.Printf
unsafe_pointer_arith_array.go:31:13: bits escapes to heap
unsafe_pointer_arith_array.go:34:13: ... argument does not escape
unsafe_pointer_arith_array.go:34:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:34:15: b[0] escapes to heap
unsafe_pointer_arith_array.go:34:21: b[3] escapes to heap
unsafe_pointer_arith_array.go:36:13: ... argument does not escape
unsafe_pointer_arith_array.go:36:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:36:13: sl escapes to heap
unsafe_pointer_arith_array.go:36:21: len(sl) escapes to heap
unsafe_pointer_arith_array.go:36:30: cap(sl) escapes to heap
unsafe_pointer_arith_array.go:43:13: ... argument does not escape
unsafe_pointer_arith_array.go:43:13: inlining call to fmt.Println
unsafe_pointer_arith_array.go:43:15: x.b escapes to heap
