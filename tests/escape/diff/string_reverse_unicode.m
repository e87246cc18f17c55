string_reverse_unicode.go:11:19: s does not escape
string_reverse_unicode.go:12:13: ([]rune)(s) does not escape
string_reverse_unicode.go:14:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_reverse_unicode.go:14:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_reverse_unicode.go:16:15: string(r) escapes to heap
string_reverse_unicode.go:19:19: s does not escape
string_reverse_unicode.go:38:28: []string{...} does not escape
string_reverse_unicode.go:3:19: s does not escape
string_reverse_unicode.go:42:28: []string{...} does not escape
string_reverse_unicode.go:4:13: ([]byte)(s) does not escape
string_reverse_unicode.go:6:14: reverseBytes ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:6:14: reverseBytes ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:8:15: string(b) escapes to heap
