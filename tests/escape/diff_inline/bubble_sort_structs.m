bubble_sort_structs.go:14:20: sortBy ignoring self-assignment in es[j], es[j + 1] = es[j + 1], es[j]
bubble_sort_structs.go:14:20: sortBy ignoring self-assignment in es[j], es[j + 1] = es[j + 1], es[j]
bubble_sort_structs.go:24:11: es does not escape
bubble_sort_structs.go:24:6: can inline dump
bubble_sort_structs.go:31:21: []Employee{...} escapes to heap
bubble_sort_structs.go:35:16: can inline main.func1
bubble_sort_structs.go:35:16: func literal does not escape
bubble_sort_structs.go:35:21: a does not escape
bubble_sort_structs.go:35:24: b does not escape
bubble_sort_structs.go:37:6: inlining call to dump
bubble_sort_structs.go:38:16: can inline main.func2
bubble_sort_structs.go:38:16: func literal does not escape
bubble_sort_structs.go:38:21: a does not escape
bubble_sort_structs.go:38:24: b does not escape
bubble_sort_structs.go:40:6: inlining call to dump
bubble_sort_structs.go:41:26: map[string]int{} does not escape
bubble_sort_structs.go:9:13: leaking param: es
bubble_sort_structs.go:9:28: less does not escape
