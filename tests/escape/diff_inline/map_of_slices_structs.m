map_of_slices_structs.go:14:28: map[string][]int{} does not escape
map_of_slices_structs.go:18:3: []struct { k string; v int }{...} does not escape
map_of_slices_structs.go:22:27: map[string]*Stat{} does not escape
map_of_slices_structs.go:24:8: &Stat{} escapes to heap
map_of_slices_structs.go:31:14: make([]string, 0) escapes to heap
map_of_slices_structs.go:35:14: inlining call to sort.Strings
map_of_slices_structs.go:35:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
map_of_slices_structs.go:37:13: ... argument does not escape
map_of_slices_structs.go:37:13: inlining call to fmt.Printf
map_of_slices_structs.go:37:14: k escapes to heap
map_of_slices_structs.go:37:52: groups[k] escapes to heap
map_of_slices_structs.go:37:65: stats[k].Count escapes to heap
map_of_slices_structs.go:37:87: stats[k].Total / float64(stats[k].Count) escapes to heap
map_of_slices_structs.go:39:25: map[string]Stat{...} does not escape
map_of_slices_structs.go:42:13: ... argument does not escape
map_of_slices_structs.go:42:13: inlining call to fmt.Println
map_of_slices_structs.go:42:23: vals["x"].Count escapes to heap
map_of_slices_structs.go:44:13: ... argument does not escape
map_of_slices_structs.go:44:13: inlining call to fmt.Println
map_of_slices_structs.go:44:23: vals["x"].Count escapes to heap
map_of_slices_structs.go:45:37: map[string]map[string]int{} escapes to heap
map_of_slices_structs.go:46:31: [][2]string{...} does not escape
map_of_slices_structs.go:48:33: map[string]int{} escapes to heap
map_of_slices_structs.go:52:13: ... argument does not escape
map_of_slices_structs.go:52:13: inlining call to fmt.Println
