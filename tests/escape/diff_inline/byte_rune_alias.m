byte_rune_alias.go:11:13: ... argument does not escape
byte_rune_alias.go:11:13: inlining call to fmt.Println
byte_rune_alias.go:11:24: inlining call to takesUint8
byte_rune_alias.go:11:24: u escapes to heap
byte_rune_alias.go:11:24: ~R0 escapes to heap
byte_rune_alias.go:14:13: ... argument does not escape
byte_rune_alias.go:14:13: inlining call to fmt.Println
byte_rune_alias.go:14:24: i escapes to heap
byte_rune_alias.go:14:24: inlining call to takesInt32
byte_rune_alias.go:14:24: ~R0 escapes to heap
byte_rune_alias.go:15:12: ... argument does not escape
byte_rune_alias.go:15:12: inlining call to fmt.Printf
byte_rune_alias.go:15:13: b escapes to heap
byte_rune_alias.go:15:13: i escapes to heap
byte_rune_alias.go:15:13: r escapes to heap
byte_rune_alias.go:15:13: u escapes to heap
byte_rune_alias.go:16:14: ([]byte)("xyz") does not escape
byte_rune_alias.go:19:13: ... argument does not escape
byte_rune_alias.go:19:13: inlining call to fmt.Println
byte_rune_alias.go:19:20: string(bs) escapes to heap
byte_rune_alias.go:19:20: string(bs) escapes to heap
byte_rune_alias.go:20:14: []rune{...} escapes to heap
byte_rune_alias.go:22:13: ... argument does not escape
byte_rune_alias.go:22:13: inlining call to fmt.Println
byte_rune_alias.go:22:13: is escapes to heap
byte_rune_alias.go:22:24: string(rs) escapes to heap
byte_rune_alias.go:22:24: string(rs) escapes to heap
byte_rune_alias.go:23:20: map[byte]rune{...} does not escape
byte_rune_alias.go:25:13: ... argument does not escape
byte_rune_alias.go:25:13: inlining call to fmt.Println
byte_rune_alias.go:25:17: len(m2) escapes to heap
byte_rune_alias.go:25:29: string(m2['a']) escapes to heap
byte_rune_alias.go:25:29: string(m2['a']) escapes to heap
byte_rune_alias.go:26:12: ... argument does not escape
byte_rune_alias.go:26:12: inlining call to fmt.Printf
byte_rune_alias.go:26:13: r escapes to heap
byte_rune_alias.go:26:13: r escapes to heap
byte_rune_alias.go:26:13: r escapes to heap
byte_rune_alias.go:26:13: r escapes to heap
byte_rune_alias.go:27:12: ... argument does not escape
byte_rune_alias.go:27:12: inlining call to fmt.Printf
byte_rune_alias.go:27:13: b escapes to heap
byte_rune_alias.go:27:13: b escapes to heap
byte_rune_alias.go:27:13: b escapes to heap
byte_rune_alias.go:5:6: can inline takesUint8
byte_rune_alias.go:6:6: can inline takesInt32
