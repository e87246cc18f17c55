word_count_sorted.go:19:26: map[string]int{} escapes to heap
word_count_sorted.go:24:14: make([]wc, 0, len(counts)) escapes to heap
word_count_sorted.go:28:12: list escapes to heap
word_count_sorted.go:28:19: can inline main.func1
word_count_sorted.go:28:19: func literal does not escape
word_count_sorted.go:35:13: ... argument does not escape
word_count_sorted.go:35:13: inlining call to fmt.Printf
word_count_sorted.go:35:28: e.word escapes to heap
word_count_sorted.go:35:36: e.count escapes to heap
word_count_sorted.go:37:13: ... argument does not escape
word_count_sorted.go:37:13: inlining call to fmt.Println
word_count_sorted.go:37:14: "distinct:" escapes to heap
word_count_sorted.go:37:30: len(list) escapes to heap
word_count_sorted.go:38:13: ... argument does not escape
word_count_sorted.go:38:13: inlining call to fmt.Println
