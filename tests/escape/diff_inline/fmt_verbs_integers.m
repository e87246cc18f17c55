fmt_verbs_integers.go:10:12: ... argument does not escape
fmt_verbs_integers.go:10:12: inlining call to fmt.Printf
fmt_verbs_integers.go:10:31: 'G' escapes to heap
fmt_verbs_integers.go:10:36: 'G' escapes to heap
fmt_verbs_integers.go:10:41: 0x1F600 escapes to heap
fmt_verbs_integers.go:10:50: 'é' escapes to heap
fmt_verbs_integers.go:13:12: ... argument does not escape
fmt_verbs_integers.go:13:12: inlining call to fmt.Printf
fmt_verbs_integers.go:13:13: i8 escapes to heap
fmt_verbs_integers.go:13:13: u64 escapes to heap
fmt_verbs_integers.go:13:13: u64 escapes to heap
fmt_verbs_integers.go:14:12: ... argument does not escape
fmt_verbs_integers.go:14:12: inlining call to fmt.Printf
fmt_verbs_integers.go:14:29: int16(-3) escapes to heap
fmt_verbs_integers.go:14:42: uintptr(10) escapes to heap
fmt_verbs_integers.go:15:12: ... argument does not escape
fmt_verbs_integers.go:15:12: inlining call to fmt.Printf
fmt_verbs_integers.go:15:28: 'x' escapes to heap
fmt_verbs_integers.go:15:33: 'y' escapes to heap
fmt_verbs_integers.go:16:12: ... argument does not escape
fmt_verbs_integers.go:16:12: inlining call to fmt.Printf
fmt_verbs_integers.go:16:28: "hi" escapes to heap
fmt_verbs_integers.go:16:40: ([]byte)("hi") escapes to heap
fmt_verbs_integers.go:16:40: ([]byte)("hi") escapes to heap
fmt_verbs_integers.go:16:48: "abc" escapes to heap
fmt_verbs_integers.go:17:12: ... argument does not escape
fmt_verbs_integers.go:17:12: inlining call to fmt.Printf
fmt_verbs_integers.go:17:24: true escapes to heap
fmt_verbs_integers.go:17:30: false escapes to heap
fmt_verbs_integers.go:18:12: ... argument does not escape
fmt_verbs_integers.go:18:12: inlining call to fmt.Printf
fmt_verbs_integers.go:18:23: 50 escapes to heap
fmt_verbs_integers.go:19:12: ... argument does not escape
fmt_verbs_integers.go:19:12: inlining call to fmt.Printf
fmt_verbs_integers.go:19:28: 6 escapes to heap
fmt_verbs_integers.go:19:31: 42 escapes to heap
fmt_verbs_integers.go:19:35: 4 escapes to heap
fmt_verbs_integers.go:19:38: 7 escapes to heap
fmt_verbs_integers.go:20:12: ... argument does not escape
fmt_verbs_integers.go:20:12: inlining call to fmt.Printf
fmt_verbs_integers.go:20:24: "str" escapes to heap
fmt_verbs_integers.go:20:31: 5 escapes to heap
fmt_verbs_integers.go:21:12: inlining call to fmt.Printf
fmt_verbs_integers.go:22:12: ... argument does not escape
fmt_verbs_integers.go:22:12: inlining call to fmt.Printf
fmt_verbs_integers.go:22:21: 1 escapes to heap
fmt_verbs_integers.go:22:24: 2 escapes to heap
fmt_verbs_integers.go:23:12: inlining call to fmt.Printf
fmt_verbs_integers.go:24:13: ... argument does not escape
fmt_verbs_integers.go:24:13: inlining call to fmt.Println
fmt_verbs_integers.go:24:24: ... argument does not escape
fmt_verbs_integers.go:24:24: fmt.Sprint(... argument...) escapes to heap
fmt_verbs_integers.go:24:25: 1 escapes to heap
fmt_verbs_integers.go:24:28: 2 escapes to heap
fmt_verbs_integers.go:24:31: "a" escapes to heap
fmt_verbs_integers.go:24:36: "b" escapes to heap
fmt_verbs_integers.go:24:41: 3 escapes to heap
fmt_verbs_integers.go:24:57: ... argument does not escape
fmt_verbs_integers.go:24:57: fmt.Sprintln(... argument...) escapes to heap
fmt_verbs_integers.go:24:58: "x" escapes to heap
fmt_verbs_integers.go:24:63: 1 escapes to heap
fmt_verbs_integers.go:7:12: ... argument does not escape
fmt_verbs_integers.go:7:12: inlining call to fmt.Printf
fmt_verbs_integers.go:7:13: n escapes to heap
fmt_verbs_integers.go:7:13: n escapes to heap
fmt_verbs_integers.go:7:13: n escapes to heap
fmt_verbs_integers.go:7:13: n escapes to heap
fmt_verbs_integers.go:7:13: n escapes to heap
fmt_verbs_integers.go:8:12: ... argument does not escape
fmt_verbs_integers.go:8:12: inlining call to fmt.Printf
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:8:13: n escapes to heap
fmt_verbs_integers.go:9:12: ... argument does not escape
fmt_verbs_integers.go:9:12: inlining call to fmt.Printf
fmt_verbs_integers.go:9:29: -n escapes to heap
fmt_verbs_integers.go:9:33: -n escapes to heap
fmt_verbs_integers.go:9:42: uint8(5) escapes to heap
