fmt_verbs_floats.go:10:12: ... argument does not escape
fmt_verbs_floats.go:10:12: inlining call to fmt.Printf
fmt_verbs_floats.go:10:13: f escapes to heap
fmt_verbs_floats.go:10:13: f escapes to heap
fmt_verbs_floats.go:10:13: f escapes to heap
fmt_verbs_floats.go:10:13: f escapes to heap
fmt_verbs_floats.go:10:13: f escapes to heap
fmt_verbs_floats.go:10:13: f escapes to heap
fmt_verbs_floats.go:11:12: ... argument does not escape
fmt_verbs_floats.go:11:12: inlining call to fmt.Printf
fmt_verbs_floats.go:11:13: f escapes to heap
fmt_verbs_floats.go:11:13: f escapes to heap
fmt_verbs_floats.go:11:13: f escapes to heap
fmt_verbs_floats.go:11:13: f escapes to heap
fmt_verbs_floats.go:11:47: 1e21 escapes to heap
fmt_verbs_floats.go:12:12: ... argument does not escape
fmt_verbs_floats.go:12:12: inlining call to fmt.Printf
fmt_verbs_floats.go:12:30: 100000.0 escapes to heap
fmt_verbs_floats.go:12:40: 1000000.0 escapes to heap
fmt_verbs_floats.go:12:51: 1e-4 escapes to heap
fmt_verbs_floats.go:12:57: 1e-5 escapes to heap
fmt_verbs_floats.go:13:12: ... argument does not escape
fmt_verbs_floats.go:13:12: inlining call to fmt.Printf
fmt_verbs_floats.go:13:27: 1.0 escapes to heap
fmt_verbs_floats.go:13:32: 0.1 escapes to heap
fmt_verbs_floats.go:13:37: 2.5e10 escapes to heap
fmt_verbs_floats.go:14:13: ... argument does not escape
fmt_verbs_floats.go:14:13: inlining call to fmt.Println
fmt_verbs_floats.go:14:14: 1.0 escapes to heap
fmt_verbs_floats.go:14:22: 3.0 / 2 escapes to heap
fmt_verbs_floats.go:14:26: 1e6 escapes to heap
fmt_verbs_floats.go:14:31: 1e21 escapes to heap
fmt_verbs_floats.go:14:37: 123456789.0 escapes to heap
fmt_verbs_floats.go:14:50: 1e-7 escapes to heap
fmt_verbs_floats.go:16:13: ... argument does not escape
fmt_verbs_floats.go:16:13: f32 escapes to heap
fmt_verbs_floats.go:16:13: inlining call to fmt.Println
fmt_verbs_floats.go:16:26: float64(f32) escapes to heap
fmt_verbs_floats.go:16:36: f32 * 3 escapes to heap
fmt_verbs_floats.go:17:12: ... argument does not escape
fmt_verbs_floats.go:17:12: inlining call to fmt.Printf
fmt_verbs_floats.go:17:30: f32 + 0.2 escapes to heap
fmt_verbs_floats.go:17:30: f32 escapes to heap
fmt_verbs_floats.go:18:13: ... argument does not escape
fmt_verbs_floats.go:18:13: inlining call to fmt.Println
fmt_verbs_floats.go:18:22: inlining call to math.Float64frombits
fmt_verbs_floats.go:18:22: inlining call to math.Inf
fmt_verbs_floats.go:18:22: ~R0 escapes to heap
fmt_verbs_floats.go:18:35: inlining call to math.Float64frombits
fmt_verbs_floats.go:18:35: inlining call to math.Inf
fmt_verbs_floats.go:18:35: ~R0 escapes to heap
fmt_verbs_floats.go:18:49: inlining call to math.Float64frombits
fmt_verbs_floats.go:18:49: inlining call to math.NaN
fmt_verbs_floats.go:18:49: ~R0 escapes to heap
fmt_verbs_floats.go:18:53: -0.0 escapes to heap
fmt_verbs_floats.go:18:72: inlining call to math.Copysign
fmt_verbs_floats.go:18:72: inlining call to math.Float64bits
fmt_verbs_floats.go:18:72: inlining call to math.Float64bits
fmt_verbs_floats.go:18:72: inlining call to math.Float64frombits
fmt_verbs_floats.go:18:72: ~R0 escapes to heap
fmt_verbs_floats.go:19:12: ... argument does not escape
fmt_verbs_floats.go:19:12: inlining call to fmt.Printf
fmt_verbs_floats.go:19:42: inlining call to math.Float64frombits
fmt_verbs_floats.go:19:42: inlining call to math.Inf
fmt_verbs_floats.go:19:42: ~R0 escapes to heap
fmt_verbs_floats.go:19:55: inlining call to math.Float64frombits
fmt_verbs_floats.go:19:55: inlining call to math.NaN
fmt_verbs_floats.go:19:55: ~R0 escapes to heap
fmt_verbs_floats.go:19:59: 2.5 escapes to heap
fmt_verbs_floats.go:20:12: ... argument does not escape
fmt_verbs_floats.go:20:12: inlining call to fmt.Printf
fmt_verbs_floats.go:20:38: 0.5 escapes to heap
fmt_verbs_floats.go:20:43: 1.5 escapes to heap
fmt_verbs_floats.go:20:48: 2.5 escapes to heap
fmt_verbs_floats.go:20:53: -0.5 escapes to heap
fmt_verbs_floats.go:21:12: ... argument does not escape
fmt_verbs_floats.go:21:12: inlining call to fmt.Printf
fmt_verbs_floats.go:21:26: 12.3456 escapes to heap
fmt_verbs_floats.go:22:12: ... argument does not escape
fmt_verbs_floats.go:22:12: inlining call to fmt.Printf
fmt_verbs_floats.go:22:21: 1.0 escapes to heap
fmt_verbs_floats.go:23:13: ... argument does not escape
fmt_verbs_floats.go:23:13: inlining call to fmt.Println
fmt_verbs_floats.go:23:24: float32(1) / 3 escapes to heap
fmt_verbs_floats.go:23:31: 2.0 / 3 escapes to heap
fmt_verbs_floats.go:24:13: ... argument does not escape
fmt_verbs_floats.go:24:13: inlining call to fmt.Println
fmt_verbs_floats.go:24:18: math.MaxFloat64 escapes to heap
fmt_verbs_floats.go:24:35: math.SmallestNonzeroFloat64 escapes to heap
fmt_verbs_floats.go:24:67: float32(math.MaxFloat32) escapes to heap
