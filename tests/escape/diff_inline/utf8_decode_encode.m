utf8_decode_encode.go:10:13: ... argument does not escape
utf8_decode_encode.go:10:13: inlining call to fmt.Println
utf8_decode_encode.go:10:17: len(s) escapes to heap
utf8_decode_encode.go:10:44: utf8.RuneCountInString(s) escapes to heap
utf8_decode_encode.go:10:65: utf8.ValidString(s) escapes to heap
utf8_decode_encode.go:10:86: utf8.ValidString("ok é") escapes to heap
utf8_decode_encode.go:13:13: ... argument does not escape
utf8_decode_encode.go:13:13: inlining call to fmt.Printf
utf8_decode_encode.go:13:14: i escapes to heap
utf8_decode_encode.go:13:14: r escapes to heap
utf8_decode_encode.go:13:14: size escapes to heap
utf8_decode_encode.go:17:12: ... argument does not escape
utf8_decode_encode.go:17:12: inlining call to fmt.Printf
utf8_decode_encode.go:17:13: r escapes to heap
utf8_decode_encode.go:17:13: size escapes to heap
utf8_decode_encode.go:18:13: make([]byte, 0, 16) does not escape
utf8_decode_encode.go:19:26: []rune{...} does not escape
utf8_decode_encode.go:20:7: moved to heap: tmp
utf8_decode_encode.go:23:13: ... argument does not escape
utf8_decode_encode.go:23:13: inlining call to fmt.Printf
utf8_decode_encode.go:23:14: r escapes to heap
utf8_decode_encode.go:23:48: tmp[:n] escapes to heap
utf8_decode_encode.go:23:66: inlining call to utf8.RuneLen
utf8_decode_encode.go:23:66: ~R0 escapes to heap
utf8_decode_encode.go:25:13: ... argument does not escape
utf8_decode_encode.go:25:13: inlining call to fmt.Println
utf8_decode_encode.go:25:28: utf8.RuneCount(buf) escapes to heap
utf8_decode_encode.go:25:45: utf8.Valid(buf) escapes to heap
utf8_decode_encode.go:25:65: index bounds check elided
utf8_decode_encode.go:25:65: index bounds check elided
utf8_decode_encode.go:25:65: inlining call to utf8.FullRune
utf8_decode_encode.go:25:65: ~R0 escapes to heap
utf8_decode_encode.go:25:72: []byte{...} does not escape
utf8_decode_encode.go:26:13: ... argument does not escape
utf8_decode_encode.go:26:13: inlining call to fmt.Println
utf8_decode_encode.go:26:18: utf8.RuneError escapes to heap
utf8_decode_encode.go:26:34: utf8.UTFMax escapes to heap
utf8_decode_encode.go:26:47: utf8.RuneSelf escapes to heap
utf8_decode_encode.go:26:72: inlining call to utf8.ValidRune
utf8_decode_encode.go:26:72: ~R0 escapes to heap
utf8_decode_encode.go:27:13: ... argument does not escape
utf8_decode_encode.go:27:13: inlining call to fmt.Println
utf8_decode_encode.go:27:20: string(~R0) escapes to heap
utf8_decode_encode.go:27:20: string(~R0) escapes to heap
utf8_decode_encode.go:27:36: inlining call to utf8.AppendRune
