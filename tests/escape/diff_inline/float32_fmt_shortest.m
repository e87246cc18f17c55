float32_fmt_shortest.go:12:13: ... argument does not escape
float32_fmt_shortest.go:12:13: inlining call to fmt.Println
float32_fmt_shortest.go:12:15: a + b escapes to heap
float32_fmt_shortest.go:12:29: float64(a) + float64(b) escapes to heap
float32_fmt_shortest.go:12:43: a * b escapes to heap
float32_fmt_shortest.go:17:13: ... argument does not escape
float32_fmt_shortest.go:17:13: inlining call to fmt.Println
float32_fmt_shortest.go:17:13: x escapes to heap
float32_fmt_shortest.go:17:24: float64(x) escapes to heap
float32_fmt_shortest.go:18:13: ... argument does not escape
float32_fmt_shortest.go:18:13: inlining call to fmt.Println
float32_fmt_shortest.go:18:21: float32(16777217) escapes to heap
float32_fmt_shortest.go:18:40: float32(1e10) escapes to heap
float32_fmt_shortest.go:18:55: float32(1.0 / 3) escapes to heap
float32_fmt_shortest.go:18:74: float32(2) / 3 escapes to heap
float32_fmt_shortest.go:19:19: []float32{...} does not escape
float32_fmt_shortest.go:21:13: ... argument does not escape
float32_fmt_shortest.go:21:13: inlining call to fmt.Printf
float32_fmt_shortest.go:21:14: v escapes to heap
float32_fmt_shortest.go:21:14: v escapes to heap
float32_fmt_shortest.go:21:14: v escapes to heap
float32_fmt_shortest.go:21:14: v escapes to heap
float32_fmt_shortest.go:21:67: strconv.FormatFloat(float64(v), 'g', -1, 32) escapes to heap
float32_fmt_shortest.go:29:13: ... argument does not escape
float32_fmt_shortest.go:29:13: inlining call to fmt.Println
float32_fmt_shortest.go:29:13: sum32 escapes to heap
float32_fmt_shortest.go:29:13: sum64 escapes to heap
float32_fmt_shortest.go:31:13: ... argument does not escape
float32_fmt_shortest.go:31:13: inlining call to fmt.Println
float32_fmt_shortest.go:31:16: f == 0.3 escapes to heap
float32_fmt_shortest.go:31:35: float64(f) == 0.3 escapes to heap
float32_fmt_shortest.go:33:13: ... argument does not escape
float32_fmt_shortest.go:33:13: inlining call to fmt.Println
float32_fmt_shortest.go:33:17: int(h) escapes to heap
float32_fmt_shortest.go:33:27: int32(-h) escapes to heap
float32_fmt_shortest.go:33:38: uint8(h * 10) escapes to heap
