map_grow_large.go:33:25: map[string][]byte{} does not escape
map_grow_large.go:35:14: string(rune('a' + i % 26)) does not escape
map_grow_large.go:35:39: string(rune('A' + i / 26 % 26)) does not escape
map_grow_large.go:35:59: string(rune('a' + i % 26)) + string(rune('A' + i / 26 % 26)) + string(rune('0' + i % 10)) escapes to heap
map_grow_large.go:35:67: string(rune('0' + i % 10)) does not escape
map_grow_large.go:4:11: make(map[int]int) does not escape
