anagram_groups.go:10:14: ([]rune)(strings.ToLower(w)) escapes to heap
anagram_groups.go:11:12: rs escapes to heap
anagram_groups.go:11:17: can inline key.func1
anagram_groups.go:11:17: func literal does not escape
anagram_groups.go:12:15: string(rs) escapes to heap
anagram_groups.go:16:19: []string{...} does not escape
anagram_groups.go:17:31: map[string][]string{} does not escape
anagram_groups.go:22:14: make([]string, 0, len(groups)) escapes to heap
anagram_groups.go:26:14: inlining call to sort.Strings
anagram_groups.go:26:14: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
anagram_groups.go:29:15: inlining call to sort.Strings
anagram_groups.go:29:15: sort.Interface(sort.StringSlice(sort.x)) escapes to heap
anagram_groups.go:30:13: ... argument does not escape
anagram_groups.go:30:13: inlining call to fmt.Printf
anagram_groups.go:30:14: k escapes to heap
anagram_groups.go:30:36: g escapes to heap
anagram_groups.go:30:36: len(g) escapes to heap
anagram_groups.go:9:10: w does not escape
