builtin_append_copy_variants.go:11:12: []int{} escapes to heap
builtin_append_copy_variants.go:15:13: ... argument does not escape
builtin_append_copy_variants.go:15:13: a escapes to heap
builtin_append_copy_variants.go:15:13: inlining call to fmt.Println
builtin_append_copy_variants.go:17:13: ... argument does not escape
builtin_append_copy_variants.go:17:13: a escapes to heap
builtin_append_copy_variants.go:17:13: inlining call to fmt.Println
builtin_append_copy_variants.go:17:20: len(a) escapes to heap
builtin_append_copy_variants.go:19:30: []int{...} escapes to heap
builtin_append_copy_variants.go:21:13: ... argument does not escape
builtin_append_copy_variants.go:21:13: inlining call to fmt.Println
builtin_append_copy_variants.go:21:13: ts escapes to heap
builtin_append_copy_variants.go:22:14: ([]byte)("ab") does not escape
builtin_append_copy_variants.go:25:13: ... argument does not escape
builtin_append_copy_variants.go:25:13: inlining call to fmt.Println
builtin_append_copy_variants.go:25:20: string(bs) escapes to heap
builtin_append_copy_variants.go:25:20: string(bs) escapes to heap
builtin_append_copy_variants.go:27:13: ... argument does not escape
builtin_append_copy_variants.go:27:13: inlining call to fmt.Println
builtin_append_copy_variants.go:27:13: n escapes to heap
builtin_append_copy_variants.go:27:23: string(bs) escapes to heap
builtin_append_copy_variants.go:27:23: string(bs) escapes to heap
builtin_append_copy_variants.go:28:14: []int{...} escapes to heap
builtin_append_copy_variants.go:30:36: []int{...} does not escape
builtin_append_copy_variants.go:31:13: ... argument does not escape
builtin_append_copy_variants.go:31:13: inlining call to fmt.Println
builtin_append_copy_variants.go:31:13: ins escapes to heap
builtin_append_copy_variants.go:33:13: ... argument does not escape
builtin_append_copy_variants.go:33:13: inlining call to fmt.Println
builtin_append_copy_variants.go:33:13: strs escapes to heap
builtin_append_copy_variants.go:33:23: len(strs) escapes to heap
builtin_append_copy_variants.go:35:28: "two" escapes to heap
builtin_append_copy_variants.go:35:28: 1 escapes to heap
builtin_append_copy_variants.go:35:28: 3.0 escapes to heap
builtin_append_copy_variants.go:36:13: inlining call to fmt.Println
builtin_append_copy_variants.go:37:28: []func() int{} does not escape
builtin_append_copy_variants.go:37:32: can inline main.func1
builtin_append_copy_variants.go:37:32: func literal escapes to heap
builtin_append_copy_variants.go:38:13: ... argument does not escape
builtin_append_copy_variants.go:38:13: inlining call to fmt.Println
builtin_append_copy_variants.go:38:20: fns[0]() escapes to heap
