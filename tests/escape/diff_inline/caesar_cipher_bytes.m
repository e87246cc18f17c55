caesar_cipher_bytes.go:16:15: string(out) escapes to heap
caesar_cipher_bytes.go:19:17: s does not escape
caesar_cipher_bytes.go:19:6: can inline rot13Runes
caesar_cipher_bytes.go:20:14: ([]rune)(s) does not escape
caesar_cipher_bytes.go:26:15: string(rs) escapes to heap
caesar_cipher_bytes.go:34:20: ([]rune)(s) does not escape
caesar_cipher_bytes.go:34:20: inlining call to rot13Runes
caesar_cipher_bytes.go:34:20: string(rs) does not escape
caesar_cipher_bytes.go:35:20: ([]rune)(s) does not escape
caesar_cipher_bytes.go:35:20: inlining call to rot13Runes
caesar_cipher_bytes.go:35:20: string(rs) does not escape
caesar_cipher_bytes.go:35:31: ([]rune)(s) does not escape
caesar_cipher_bytes.go:35:31: inlining call to rot13Runes
caesar_cipher_bytes.go:35:31: string(rs) does not escape
caesar_cipher_bytes.go:37:26: ([]byte)("the quick brown fox jumps over the lazy dog") does not escape
caesar_cipher_bytes.go:3:12: s does not escape
caesar_cipher_bytes.go:44:16: string(rune('a' + i)) does not escape
caesar_cipher_bytes.go:4:13: make([]byte, len(s)) escapes to heap
