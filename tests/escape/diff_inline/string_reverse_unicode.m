string_reverse_unicode.go:11:19: s does not escape
string_reverse_unicode.go:11:6: can inline reverseRunes
string_reverse_unicode.go:12:13: ([]rune)(s) does not escape
string_reverse_unicode.go:14:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_reverse_unicode.go:14:14: reverseRunes ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_reverse_unicode.go:16:15: string(r) escapes to heap
string_reverse_unicode.go:19:19: s does not escape
string_reverse_unicode.go:19:6: can inline isPalindrome
string_reverse_unicode.go:38:28: []string{...} does not escape
string_reverse_unicode.go:39:23: ([]rune)(s) does not escape
string_reverse_unicode.go:39:23: inlining call to reverseRunes
string_reverse_unicode.go:39:23: main ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_reverse_unicode.go:39:23: main ignoring self-assignment in r[i], r[j] = r[j], r[i]
string_reverse_unicode.go:39:23: string(r) does not escape
string_reverse_unicode.go:39:44: ([]byte)(s) does not escape
string_reverse_unicode.go:39:44: inlining call to reverseBytes
string_reverse_unicode.go:39:44: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:39:44: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:39:44: string(b) does not escape
string_reverse_unicode.go:39:62: ([]byte)(s) does not escape
string_reverse_unicode.go:39:62: inlining call to reverseBytes
string_reverse_unicode.go:39:62: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:39:62: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:39:62: string(b) does not escape
string_reverse_unicode.go:39:75: ([]byte)(s) does not escape
string_reverse_unicode.go:39:75: inlining call to reverseBytes
string_reverse_unicode.go:39:75: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:39:75: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:39:75: string(b) does not escape
string_reverse_unicode.go:3:19: s does not escape
string_reverse_unicode.go:3:6: can inline reverseBytes
string_reverse_unicode.go:41:22: ([]byte)(s) does not escape
string_reverse_unicode.go:41:22: inlining call to reverseBytes
string_reverse_unicode.go:41:22: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:41:22: main ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:41:22: string(b) does not escape
string_reverse_unicode.go:42:28: []string{...} does not escape
string_reverse_unicode.go:43:32: inlining call to isPalindrome
string_reverse_unicode.go:4:13: ([]byte)(s) does not escape
string_reverse_unicode.go:6:14: reverseBytes ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:6:14: reverseBytes ignoring self-assignment in b[i], b[j] = b[j], b[i]
string_reverse_unicode.go:8:15: string(b) escapes to heap
