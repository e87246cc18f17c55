string_concat_compare.go:16:19: []string{...} does not escape
string_concat_compare.go:25:29: a + " " + b + " " + x + "!" does not escape
string_concat_compare.go:28:30: null + null does not escape
string_concat_compare.go:6:14: string(rune('a' + i)) escapes to heap
string_concat_compare.go:7:9: s + "-" escapes to heap
