map_delete_during_range.go:11:20: ... argument does not escape
map_delete_during_range.go:11:20: i escapes to heap
map_delete_during_range.go:18:13: ... argument does not escape
map_delete_during_range.go:18:13: inlining call to fmt.Println
map_delete_during_range.go:18:14: "after deleting odd keys:" escapes to heap
map_delete_during_range.go:18:45: len(m) escapes to heap
map_delete_during_range.go:24:13: ... argument does not escape
map_delete_during_range.go:24:13: inlining call to fmt.Println
map_delete_during_range.go:24:14: "deleted all while ranging:" escapes to heap
map_delete_during_range.go:24:14: seen escapes to heap
map_delete_during_range.go:24:53: len(m) escapes to heap
map_delete_during_range.go:25:22: map[string]int{...} does not escape
map_delete_during_range.go:34:13: ... argument does not escape
map_delete_during_range.go:34:13: inlining call to fmt.Println
map_delete_during_range.go:34:14: "visited after deleting everything on first iteration:" escapes to heap
map_delete_during_range.go:34:14: visited escapes to heap
map_delete_during_range.go:35:19: map[int]int{...} does not escape
map_delete_during_range.go:39:15: []int{} escapes to heap
map_delete_during_range.go:43:11: inlining call to sort.Ints
map_delete_during_range.go:43:11: sort.Interface(sort.IntSlice(sort.x)) escapes to heap
map_delete_during_range.go:45:12: ... argument does not escape
map_delete_during_range.go:45:12: inlining call to fmt.Print
map_delete_during_range.go:45:12: k escapes to heap
map_delete_during_range.go:45:16: "=" escapes to heap
map_delete_during_range.go:45:23: m3[k] escapes to heap
map_delete_during_range.go:45:28: " " escapes to heap
map_delete_during_range.go:47:13: inlining call to fmt.Println
map_delete_during_range.go:9:21: map[int]string{} does not escape
