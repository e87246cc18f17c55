iface_compare_uncomparable.go:10:16: ... argument does not escape
iface_compare_uncomparable.go:10:16: inlining call to fmt.Println
iface_compare_uncomparable.go:10:17: "  is error:" escapes to heap
iface_compare_uncomparable.go:10:39: e.Error() escapes to heap
iface_compare_uncomparable.go:15:13: ... argument does not escape
iface_compare_uncomparable.go:15:13: inlining call to fmt.Println
iface_compare_uncomparable.go:15:13: name escapes to heap
iface_compare_uncomparable.go:15:20: "ok" escapes to heap
iface_compare_uncomparable.go:21:27: []int{...} does not escape
iface_compare_uncomparable.go:21:27: []int{...} does not escape
iface_compare_uncomparable.go:22:27: []int{...} does not escape
iface_compare_uncomparable.go:22:27: []int{...} does not escape
iface_compare_uncomparable.go:23:6: 1 does not escape
iface_compare_uncomparable.go:24:33: can inline main.func1
iface_compare_uncomparable.go:24:33: func literal does not escape
iface_compare_uncomparable.go:24:53: ... argument does not escape
iface_compare_uncomparable.go:24:53: inlining call to fmt.Println
iface_compare_uncomparable.go:24:56: a == c escapes to heap
iface_compare_uncomparable.go:25:30: can inline main.func2
iface_compare_uncomparable.go:25:30: func literal does not escape
iface_compare_uncomparable.go:25:50: ... argument does not escape
iface_compare_uncomparable.go:25:50: inlining call to fmt.Println
iface_compare_uncomparable.go:25:53: a == b escapes to heap
iface_compare_uncomparable.go:26:28: func literal does not escape
iface_compare_uncomparable.go:27:37: map[int]int{} does not escape
iface_compare_uncomparable.go:27:52: map[int]int{} does not escape
iface_compare_uncomparable.go:28:14: ... argument does not escape
iface_compare_uncomparable.go:28:14: inlining call to fmt.Println
iface_compare_uncomparable.go:28:17: x == y escapes to heap
iface_compare_uncomparable.go:30:29: func literal does not escape
iface_compare_uncomparable.go:31:26: can inline main.func4.1
iface_compare_uncomparable.go:31:26: func literal does not escape
iface_compare_uncomparable.go:31:37: can inline main.func4.2
iface_compare_uncomparable.go:31:37: func literal does not escape
iface_compare_uncomparable.go:32:14: ... argument does not escape
iface_compare_uncomparable.go:32:14: inlining call to fmt.Println
iface_compare_uncomparable.go:32:17: x == y escapes to heap
iface_compare_uncomparable.go:34:30: func literal does not escape
iface_compare_uncomparable.go:34:50: ... argument does not escape
iface_compare_uncomparable.go:34:50: inlining call to fmt.Println
iface_compare_uncomparable.go:34:63: []int{} does not escape
iface_compare_uncomparable.go:34:63: []int{} does not escape
iface_compare_uncomparable.go:34:67: holder{...} == holder{...} escapes to heap
iface_compare_uncomparable.go:34:82: []int{} does not escape
iface_compare_uncomparable.go:34:82: []int{} does not escape
iface_compare_uncomparable.go:35:28: can inline main.func6
iface_compare_uncomparable.go:35:28: func literal does not escape
iface_compare_uncomparable.go:36:27: map[interface {}]int{} does not escape
iface_compare_uncomparable.go:37:10: []int{...} escapes to heap
iface_compare_uncomparable.go:37:10: []int{...} escapes to heap
iface_compare_uncomparable.go:39:27: can inline main.func7
iface_compare_uncomparable.go:39:27: func literal does not escape
iface_compare_uncomparable.go:40:27: map[interface {}]int{} does not escape
iface_compare_uncomparable.go:41:20: map[int]int{} does not escape
iface_compare_uncomparable.go:43:29: func literal does not escape
iface_compare_uncomparable.go:44:28: []int{} does not escape
iface_compare_uncomparable.go:44:28: []int{} does not escape
iface_compare_uncomparable.go:45:28: []int{} does not escape
iface_compare_uncomparable.go:45:28: []int{} does not escape
iface_compare_uncomparable.go:46:14: ... argument does not escape
iface_compare_uncomparable.go:46:14: inlining call to fmt.Println
iface_compare_uncomparable.go:46:17: x == y escapes to heap
iface_compare_uncomparable.go:5:10: leaking param: name
iface_compare_uncomparable.go:5:23: f does not escape
iface_compare_uncomparable.go:6:8: func literal does not escape
iface_compare_uncomparable.go:8:14: ... argument does not escape
iface_compare_uncomparable.go:8:14: inlining call to fmt.Printf
iface_compare_uncomparable.go:8:15: name escapes to heap
