map_basic_ops.go:12:13: ... argument does not escape
map_basic_ops.go:12:13: inlining call to fmt.Println
map_basic_ops.go:12:17: len(m) escapes to heap
map_basic_ops.go:12:23: m["one"] escapes to heap
map_basic_ops.go:12:33: m["missing"] escapes to heap
map_basic_ops.go:14:13: ... argument does not escape
map_basic_ops.go:14:13: inlining call to fmt.Println
map_basic_ops.go:14:13: ok escapes to heap
map_basic_ops.go:14:13: v escapes to heap
map_basic_ops.go:16:13: ... argument does not escape
map_basic_ops.go:16:13: inlining call to fmt.Println
map_basic_ops.go:16:13: ok escapes to heap
map_basic_ops.go:16:13: v escapes to heap
map_basic_ops.go:19:13: ... argument does not escape
map_basic_ops.go:19:13: inlining call to fmt.Println
map_basic_ops.go:19:17: len(m) escapes to heap
map_basic_ops.go:20:14: make([]string, 0, len(m)) escapes to heap
map_basic_ops.go:24:14: inlining call to sort.Strings
map_basic_ops.go:24:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
map_basic_ops.go:26:14: ... argument does not escape
map_basic_ops.go:26:14: inlining call to fmt.Println
map_basic_ops.go:26:14: k escapes to heap
map_basic_ops.go:26:19: m[k] escapes to heap
map_basic_ops.go:28:13: ... argument does not escape
map_basic_ops.go:28:13: inlining call to fmt.Println
map_basic_ops.go:29:16: make(map[rune]int) escapes to heap
map_basic_ops.go:33:13: ... argument does not escape
map_basic_ops.go:33:13: inlining call to fmt.Println
map_basic_ops.go:36:13: ... argument does not escape
map_basic_ops.go:36:13: inlining call to fmt.Println
map_basic_ops.go:36:17: len(m) escapes to heap
map_basic_ops.go:36:23: m["shared"] escapes to heap
map_basic_ops.go:38:14: ... argument does not escape
map_basic_ops.go:38:14: inlining call to fmt.Println
map_basic_ops.go:38:15: "has one" escapes to heap
map_basic_ops.go:40:13: make(map[int]int, 100) does not escape
map_basic_ops.go:44:13: ... argument does not escape
map_basic_ops.go:44:13: inlining call to fmt.Println
map_basic_ops.go:44:17: len(big) escapes to heap
map_basic_ops.go:44:27: big[0] escapes to heap
map_basic_ops.go:44:35: big[36] escapes to heap
map_basic_ops.go:9:21: map[string]int{...} escapes to heap
