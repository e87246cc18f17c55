math_functions.go:10:13: ... argument does not escape
math_functions.go:10:13: inlining call to fmt.Println
math_functions.go:10:24: math.Floor(-2.5) escapes to heap
math_functions.go:10:41: math.Ceil(-2.5) escapes to heap
math_functions.go:10:59: math.Trunc(-2.5) escapes to heap
math_functions.go:10:77: inlining call to math.Float64bits
math_functions.go:10:77: inlining call to math.Float64frombits
math_functions.go:10:77: inlining call to math.Round
math_functions.go:10:77: ~R0 escapes to heap
math_functions.go:10:95: inlining call to math.Float64bits
math_functions.go:10:95: inlining call to math.Float64frombits
math_functions.go:10:95: inlining call to math.Round
math_functions.go:10:95: ~R0 escapes to heap
math_functions.go:11:13: ... argument does not escape
math_functions.go:11:13: inlining call to fmt.Println
math_functions.go:11:22: inlining call to math.Abs
math_functions.go:11:22: inlining call to math.Float64bits
math_functions.go:11:22: inlining call to math.Float64frombits
math_functions.go:11:22: ~R0 escapes to heap
math_functions.go:11:38: inlining call to math.Max
math_functions.go:11:38: ~R0 escapes to heap
math_functions.go:11:54: inlining call to math.Min
math_functions.go:11:54: ~R0 escapes to heap
math_functions.go:11:70: inlining call to math.Mod
math_functions.go:11:70: ~R0 escapes to heap
math_functions.go:11:86: inlining call to math.Mod
math_functions.go:11:86: ~R0 escapes to heap
math_functions.go:12:13: ... argument does not escape
math_functions.go:12:13: inlining call to fmt.Println
math_functions.go:12:18: math.MaxInt64 escapes to heap
math_functions.go:12:33: math.MinInt64 escapes to heap
math_functions.go:12:48: math.MaxInt32 escapes to heap
math_functions.go:12:63: math.MaxUint16 escapes to heap
math_functions.go:12:81: uint64(math.MaxUint64) escapes to heap
math_functions.go:13:13: ... argument does not escape
math_functions.go:13:13: inlining call to fmt.Println
math_functions.go:13:24: inlining call to math.IsNaN
math_functions.go:13:24: math.is escapes to heap
math_functions.go:13:33: inlining call to math.Float64frombits
math_functions.go:13:33: inlining call to math.NaN
math_functions.go:13:48: inlining call to math.IsInf
math_functions.go:13:48: ~R0 escapes to heap
math_functions.go:13:57: inlining call to math.Float64frombits
math_functions.go:13:57: inlining call to math.Inf
math_functions.go:13:80: inlining call to math.Float64bits
math_functions.go:13:80: inlining call to math.Signbit
math_functions.go:13:80: ~R0 escapes to heap
math_functions.go:13:94: inlining call to math.Copysign
math_functions.go:13:94: inlining call to math.Float64bits
math_functions.go:13:94: inlining call to math.Float64bits
math_functions.go:13:94: inlining call to math.Float64frombits
math_functions.go:14:12: ... argument does not escape
math_functions.go:14:12: inlining call to fmt.Printf
math_functions.go:14:37: math.Pi escapes to heap
math_functions.go:14:46: math.E escapes to heap
math_functions.go:14:54: math.Sqrt2 escapes to heap
math_functions.go:15:12: ... argument does not escape
math_functions.go:15:12: inlining call to fmt.Printf
math_functions.go:15:41: inlining call to math.Sin
math_functions.go:15:41: ~R0 escapes to heap
math_functions.go:15:62: inlining call to math.Cos
math_functions.go:15:62: ~R0 escapes to heap
math_functions.go:15:77: inlining call to math.Atan2
math_functions.go:15:77: ~R0 escapes to heap
math_functions.go:16:12: ... argument does not escape
math_functions.go:16:12: inlining call to fmt.Printf
math_functions.go:16:41: inlining call to math.Exp
math_functions.go:16:41: ~R0 escapes to heap
math_functions.go:16:54: inlining call to math.Log
math_functions.go:16:54: ~R0 escapes to heap
math_functions.go:16:73: inlining call to math.Log2
math_functions.go:16:73: ~R0 escapes to heap
math_functions.go:17:12: ... argument does not escape
math_functions.go:17:12: inlining call to fmt.Printf
math_functions.go:17:38: inlining call to math.Hypot
math_functions.go:17:38: ~R0 escapes to heap
math_functions.go:17:56: inlining call to math.Log
math_functions.go:17:56: inlining call to math.Log10
math_functions.go:17:56: inlining call to math.log10
math_functions.go:17:56: ~R0 escapes to heap
math_functions.go:18:12: ... argument does not escape
math_functions.go:18:12: inlining call to fmt.Printf
math_functions.go:18:41: inlining call to math.Float64bits
math_functions.go:18:41: ~R0 escapes to heap
math_functions.go:18:68: inlining call to math.Float64frombits
math_functions.go:18:68: ~R0 escapes to heap
math_functions.go:19:12: ... argument does not escape
math_functions.go:19:12: inlining call to fmt.Printf
math_functions.go:19:41: inlining call to math.Float32bits
math_functions.go:19:41: ~R0 escapes to heap
math_functions.go:19:69: inlining call to math.Float32frombits
math_functions.go:19:69: ~R0 escapes to heap
math_functions.go:20:25: inlining call to math.Frexp
math_functions.go:21:13: ... argument does not escape
math_functions.go:21:13: exp escapes to heap
math_functions.go:21:13: frac escapes to heap
math_functions.go:21:13: inlining call to fmt.Println
math_functions.go:21:35: inlining call to math.Ldexp
math_functions.go:21:35: ~R0 escapes to heap
math_functions.go:22:21: inlining call to math.Modf
math_functions.go:23:13: ... argument does not escape
math_functions.go:23:13: fp escapes to heap
math_functions.go:23:13: inlining call to fmt.Println
math_functions.go:23:13: ip escapes to heap
math_functions.go:24:13: ... argument does not escape
math_functions.go:24:13: inlining call to fmt.Println
math_functions.go:24:23: math.Sqrt(-1) escapes to heap
math_functions.go:24:37: inlining call to math.Log
math_functions.go:24:37: ~R0 escapes to heap
math_functions.go:24:50: inlining call to math.Float64frombits
math_functions.go:24:50: inlining call to math.Inf
math_functions.go:24:53: (~R0) - (~R0) escapes to heap
math_functions.go:24:62: inlining call to math.Float64frombits
math_functions.go:24:62: inlining call to math.Inf
math_functions.go:9:13: ... argument does not escape
math_functions.go:9:13: inlining call to fmt.Println
math_functions.go:9:23: math.Sqrt(2) escapes to heap
math_functions.go:9:37: inlining call to math.Cbrt
math_functions.go:9:37: ~R0 escapes to heap
math_functions.go:9:51: inlining call to math.Pow
math_functions.go:9:51: ~R0 escapes to heap
math_functions.go:9:68: inlining call to math.Pow
math_functions.go:9:68: ~R0 escapes to heap
