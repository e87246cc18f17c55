empty_struct_zero_size.go:11:18: leaking param: k
empty_struct_zero_size.go:11:7: s does not escape
empty_struct_zero_size.go:12:18: k does not escape
empty_struct_zero_size.go:12:7: s does not escape
empty_struct_zero_size.go:19:10: Set{} does not escape
empty_struct_zero_size.go:20:28: []string{...} does not escape
empty_struct_zero_size.go:23:14: make([]string, 0, len(s)) escapes to heap
empty_struct_zero_size.go:28:13: ... argument does not escape
empty_struct_zero_size.go:28:13: keys escapes to heap
empty_struct_zero_size.go:28:25: Set.Has(s, "a") escapes to heap
empty_struct_zero_size.go:28:37: Set.Has(s, "z") escapes to heap
empty_struct_zero_size.go:30:13: ... argument does not escape
empty_struct_zero_size.go:30:17: e1 == e2 escapes to heap
empty_struct_zero_size.go:30:37: unsafe.Sizeof(e1) escapes to heap
empty_struct_zero_size.go:31:13: make([]struct {}, 100) does not escape
empty_struct_zero_size.go:32:13: ... argument does not escape
empty_struct_zero_size.go:32:17: len(arr) escapes to heap
empty_struct_zero_size.go:32:37: unsafe.Sizeof(arr[0]) escapes to heap
empty_struct_zero_size.go:34:13: ... argument does not escape
empty_struct_zero_size.go:34:17: len(zeroArr) escapes to heap
empty_struct_zero_size.go:34:41: unsafe.Sizeof(zeroArr) escapes to heap
empty_struct_zero_size.go:36:37: sig does not escape
empty_struct_zero_size.go:37:13: ... argument does not escape
empty_struct_zero_size.go:37:20: Signal.Name(i.(Signal)) escapes to heap
empty_struct_zero_size.go:37:20: devirtualizing i.Name to Signal
empty_struct_zero_size.go:37:26: i == Signal{} escapes to heap
empty_struct_zero_size.go:43:13: ... argument does not escape
empty_struct_zero_size.go:43:27: unsafe.Sizeof(withEmpty{}) escapes to heap
empty_struct_zero_size.go:44:12: ... argument does not escape
empty_struct_zero_size.go:44:33: struct {}{} escapes to heap
empty_struct_zero_size.go:44:43: Signal{} escapes to heap
