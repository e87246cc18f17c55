map_interface_keys.go:10:2: int64(1) escapes to heap
map_interface_keys.go:11:2: "1" escapes to heap
map_interface_keys.go:12:2: 1.0 escapes to heap
map_interface_keys.go:13:5: K{...} escapes to heap
map_interface_keys.go:14:10: [2]int{...} escapes to heap
map_interface_keys.go:16:2: true escapes to heap
map_interface_keys.go:17:13: ... argument does not escape
map_interface_keys.go:17:13: inlining call to fmt.Println
map_interface_keys.go:17:17: len(m) escapes to heap
map_interface_keys.go:18:100: "|" escapes to heap
map_interface_keys.go:18:106: m[nil] escapes to heap
map_interface_keys.go:18:113: "|" escapes to heap
map_interface_keys.go:18:118: true does not escape
map_interface_keys.go:18:119: m[true] escapes to heap
map_interface_keys.go:18:13: ... argument does not escape
map_interface_keys.go:18:13: inlining call to fmt.Println
map_interface_keys.go:18:14: 1 does not escape
map_interface_keys.go:18:15: m[1] escapes to heap
map_interface_keys.go:18:20: "|" escapes to heap
map_interface_keys.go:18:25: int64(1) does not escape
map_interface_keys.go:18:26: m[int64(1)] escapes to heap
map_interface_keys.go:18:38: "|" escapes to heap
map_interface_keys.go:18:43: "1" does not escape
map_interface_keys.go:18:44: m["1"] escapes to heap
map_interface_keys.go:18:51: "|" escapes to heap
map_interface_keys.go:18:56: 1.0 does not escape
map_interface_keys.go:18:57: m[1.0] escapes to heap
map_interface_keys.go:18:64: "|" escapes to heap
map_interface_keys.go:18:70: m[K{...}] escapes to heap
map_interface_keys.go:18:72: K{...} does not escape
map_interface_keys.go:18:78: "|" escapes to heap
map_interface_keys.go:18:84: m[[2]int{...}] escapes to heap
map_interface_keys.go:18:91: [2]int{...} does not escape
map_interface_keys.go:19:11: int32(1) does not escape
map_interface_keys.go:20:13: ... argument does not escape
map_interface_keys.go:20:13: inlining call to fmt.Println
map_interface_keys.go:20:14: "int32(1) present:" escapes to heap
map_interface_keys.go:20:14: ok escapes to heap
map_interface_keys.go:23:13: ... argument does not escape
map_interface_keys.go:23:13: inlining call to fmt.Println
map_interface_keys.go:23:17: len(m) escapes to heap
map_interface_keys.go:23:23: m[nil] escapes to heap
map_interface_keys.go:25:28: map[fmt.Stringer]int{} does not escape
map_interface_keys.go:26:13: ... argument does not escape
map_interface_keys.go:26:13: inlining call to fmt.Println
map_interface_keys.go:26:17: len(m2) escapes to heap
map_interface_keys.go:27:13: K{...} does not escape
map_interface_keys.go:28:13: ... argument does not escape
map_interface_keys.go:28:13: inlining call to fmt.Println
map_interface_keys.go:28:17: len(m) escapes to heap
map_interface_keys.go:28:25: K{...} does not escape
map_interface_keys.go:28:30: m[K{...}] == "" escapes to heap
map_interface_keys.go:8:29: map[interface {}]string{} does not escape
map_interface_keys.go:9:2: 1 escapes to heap
