string_bytes_runes_conv.go:10:13: ... argument does not escape
string_bytes_runes_conv.go:10:13: b escapes to heap
string_bytes_runes_conv.go:10:13: inlining call to fmt.Println
string_bytes_runes_conv.go:11:13: ... argument does not escape
string_bytes_runes_conv.go:11:13: inlining call to fmt.Println
string_bytes_runes_conv.go:11:13: r escapes to heap
string_bytes_runes_conv.go:13:13: ... argument does not escape
string_bytes_runes_conv.go:13:13: inlining call to fmt.Println
string_bytes_runes_conv.go:13:20: s escapes to heap
string_bytes_runes_conv.go:13:20: string(b) escapes to heap
string_bytes_runes_conv.go:13:20: string(b) escapes to heap
string_bytes_runes_conv.go:16:13: ... argument does not escape
string_bytes_runes_conv.go:16:13: inlining call to fmt.Println
string_bytes_runes_conv.go:16:20: string(r) escapes to heap
string_bytes_runes_conv.go:16:20: string(r) escapes to heap
string_bytes_runes_conv.go:17:13: ... argument does not escape
string_bytes_runes_conv.go:17:13: inlining call to fmt.Println
string_bytes_runes_conv.go:17:20: string(rune(65)) escapes to heap
string_bytes_runes_conv.go:17:38: string(rune(0x4e16)) escapes to heap
string_bytes_runes_conv.go:17:60: string(rune(-1)) escapes to heap
string_bytes_runes_conv.go:17:78: string(rune(0x10FFFF + 1)) escapes to heap
string_bytes_runes_conv.go:18:14: []byte{...} does not escape
string_bytes_runes_conv.go:19:12: ... argument does not escape
string_bytes_runes_conv.go:19:12: inlining call to fmt.Printf
string_bytes_runes_conv.go:19:27: string(bs) escapes to heap
string_bytes_runes_conv.go:19:27: string(bs) escapes to heap
string_bytes_runes_conv.go:20:13: ... argument does not escape
string_bytes_runes_conv.go:20:13: inlining call to fmt.Println
string_bytes_runes_conv.go:20:20: ([]rune)(string(bs)) escapes to heap
string_bytes_runes_conv.go:20:20: ([]rune)(string(bs)) escapes to heap
string_bytes_runes_conv.go:20:27: string(bs) does not escape
string_bytes_runes_conv.go:21:17: []byte{} does not escape
string_bytes_runes_conv.go:22:13: ... argument does not escape
string_bytes_runes_conv.go:22:13: inlining call to fmt.Println
string_bytes_runes_conv.go:22:20: string(empty) does not escape
string_bytes_runes_conv.go:22:28: string(empty) == "" escapes to heap
string_bytes_runes_conv.go:22:38: len([]rune{}) escapes to heap
string_bytes_runes_conv.go:22:45: []rune{} does not escape
string_bytes_runes_conv.go:24:13: ... argument does not escape
string_bytes_runes_conv.go:24:13: inlining call to fmt.Println
string_bytes_runes_conv.go:24:20: string(nilb) does not escape
string_bytes_runes_conv.go:24:27: string(nilb) == "" escapes to heap
string_bytes_runes_conv.go:25:14: []rune{...} does not escape
string_bytes_runes_conv.go:26:12: ... argument does not escape
string_bytes_runes_conv.go:26:12: inlining call to fmt.Printf
string_bytes_runes_conv.go:26:27: string(rs) escapes to heap
string_bytes_runes_conv.go:26:27: string(rs) escapes to heap
string_bytes_runes_conv.go:27:13: ... argument does not escape
string_bytes_runes_conv.go:27:13: inlining call to fmt.Println
string_bytes_runes_conv.go:27:20: string(b[1:3]) escapes to heap
string_bytes_runes_conv.go:27:20: string(b[1:3]) escapes to heap
string_bytes_runes_conv.go:7:13: ([]byte)(s) escapes to heap
string_bytes_runes_conv.go:8:13: ([]rune)(s) escapes to heap
string_bytes_runes_conv.go:9:13: ... argument does not escape
string_bytes_runes_conv.go:9:13: inlining call to fmt.Println
string_bytes_runes_conv.go:9:17: len(s) escapes to heap
string_bytes_runes_conv.go:9:25: len(b) escapes to heap
string_bytes_runes_conv.go:9:33: len(r) escapes to heap
