map_key_kinds.go:12:23: map[int8]string{...} does not escape
map_key_kinds.go:13:23: map[uint64]bool{...} does not escape
map_key_kinds.go:14:23: map[float64]int{...} escapes to heap
map_key_kinds.go:16:29: map[complex128]string{...} does not escape
map_key_kinds.go:17:20: map[bool]int{...} escapes to heap
map_key_kinds.go:18:18: map[pt]int{...} does not escape
map_key_kinds.go:19:25: map[[2]string]int{...} does not escape
map_key_kinds.go:20:23: map[*int]string{} does not escape
map_key_kinds.go:21:2: moved to heap: x
map_key_kinds.go:21:5: moved to heap: y
map_key_kinds.go:24:21: map[named]int{...} does not escape
map_key_kinds.go:25:21: map[rune]bool{...} does not escape
map_key_kinds.go:27:21: map[byte]int{...} does not escape
map_key_kinds.go:28:25: map[uintptr]int{...} does not escape
map_key_kinds.go:29:13: ... argument does not escape
map_key_kinds.go:29:13: inlining call to fmt.Println
map_key_kinds.go:29:16: mi[-1] escapes to heap
map_key_kinds.go:29:24: mi[127] escapes to heap
map_key_kinds.go:29:33: mu[1 << 63] escapes to heap
map_key_kinds.go:29:44: mf[0] escapes to heap
map_key_kinds.go:29:52: len(mf) escapes to heap
map_key_kinds.go:29:60: mc[complex(1, 2)] escapes to heap
map_key_kinds.go:30:13: ... argument does not escape
map_key_kinds.go:30:13: inlining call to fmt.Println
map_key_kinds.go:30:16: mb[true] escapes to heap
map_key_kinds.go:30:26: ms[pt{...}] escapes to heap
map_key_kinds.go:30:40: ma[[2]string{...}] escapes to heap
map_key_kinds.go:30:66: len(mp) escapes to heap
map_key_kinds.go:30:74: mp[&x] escapes to heap
map_key_kinds.go:30:82: mp[&y] escapes to heap
map_key_kinds.go:31:13: ... argument does not escape
map_key_kinds.go:31:13: inlining call to fmt.Println
map_key_kinds.go:31:16: mn["k"] escapes to heap
map_key_kinds.go:31:25: mr['é'] escapes to heap
map_key_kinds.go:31:36: mby['z'] escapes to heap
map_key_kinds.go:31:47: mptr[0xdead] escapes to heap
map_key_kinds.go:34:14: []pt{} escapes to heap
map_key_kinds.go:38:12: keys escapes to heap
map_key_kinds.go:38:19: can inline main.func1
map_key_kinds.go:38:19: func literal does not escape
map_key_kinds.go:39:13: ... argument does not escape
map_key_kinds.go:39:13: inlining call to fmt.Println
map_key_kinds.go:39:13: keys escapes to heap
map_key_kinds.go:39:22: ms[keys[0]] escapes to heap
map_key_kinds.go:39:35: ms[keys[1]] escapes to heap
map_key_kinds.go:44:19: map[key]int{} does not escape
map_key_kinds.go:47:13: ... argument does not escape
map_key_kinds.go:47:13: inlining call to fmt.Println
map_key_kinds.go:47:16: mk[key{...}] escapes to heap
map_key_kinds.go:47:45: len(mk) escapes to heap
map_key_kinds.go:48:13: ... argument does not escape
map_key_kinds.go:48:13: inlining call to fmt.Println
