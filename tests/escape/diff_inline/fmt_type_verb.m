fmt_type_verb.go:15:23: []interface {}{...} does not escape
fmt_type_verb.go:16:10: int8(1) escapes to heap
fmt_type_verb.go:16:19: uint(1) escapes to heap
fmt_type_verb.go:16:31: uintptr(1) escapes to heap
fmt_type_verb.go:16:36: 1.5 escapes to heap
fmt_type_verb.go:16:3: 1 escapes to heap
fmt_type_verb.go:16:48: float32(1.5) escapes to heap
fmt_type_verb.go:16:57: 1 + 2i escapes to heap
fmt_type_verb.go:16:72: complex64(1) escapes to heap
fmt_type_verb.go:17:17: byte('b') escapes to heap
fmt_type_verb.go:17:24: true escapes to heap
fmt_type_verb.go:17:3: "s" escapes to heap
fmt_type_verb.go:17:40: MyInt(3) escapes to heap
fmt_type_verb.go:17:49: Pair{} escapes to heap
fmt_type_verb.go:17:53: &Pair{} escapes to heap
fmt_type_verb.go:17:68: []Pair{} escapes to heap
fmt_type_verb.go:17:68: []Pair{} escapes to heap
fmt_type_verb.go:17:78: [2]int{} escapes to heap
fmt_type_verb.go:17:8: 'r' escapes to heap
fmt_type_verb.go:18:19: map[string][]int{} escapes to heap
fmt_type_verb.go:18:23: can inline main.func1
fmt_type_verb.go:18:23: func literal escapes to heap
fmt_type_verb.go:18:65: &errors.errorString{...} escapes to heap
fmt_type_verb.go:18:65: inlining call to errors.New
fmt_type_verb.go:19:18: struct { A int }{} escapes to heap
fmt_type_verb.go:19:25: new(interface {}) escapes to heap
fmt_type_verb.go:19:53: []interface {}{} escapes to heap
fmt_type_verb.go:19:53: []interface {}{} escapes to heap
fmt_type_verb.go:22:13: ... argument does not escape
fmt_type_verb.go:22:13: inlining call to fmt.Printf
fmt_type_verb.go:25:12: ... argument does not escape
fmt_type_verb.go:25:12: inlining call to fmt.Printf
