math_functions.go:10:13: ... argument does not escape
math_functions.go:10:24: math.Floor(-2.5) escapes to heap
math_functions.go:10:41: math.Ceil(-2.5) escapes to heap
math_functions.go:10:59: math.Trunc(-2.5) escapes to heap
math_functions.go:10:77: math.Round(-2.5) escapes to heap
math_functions.go:10:95: math.Round(2.5) escapes to heap
math_functions.go:11:13: ... argument does not escape
math_functions.go:11:22: math.Abs(-3.2) escapes to heap
math_functions.go:11:38: math.Max(3, 7) escapes to heap
math_functions.go:11:54: math.Min(3, 7) escapes to heap
math_functions.go:11:70: math.Mod(7, 3) escapes to heap
math_functions.go:11:86: math.Mod(-7, 3) escapes to heap
math_functions.go:12:13: ... argument does not escape
math_functions.go:12:18: math.MaxInt64 escapes to heap
math_functions.go:12:33: math.MinInt64 escapes to heap
math_functions.go:12:48: math.MaxInt32 escapes to heap
math_functions.go:12:63: math.MaxUint16 escapes to heap
math_functions.go:12:81: uint64(math.MaxUint64) escapes to heap
math_functions.go:13:13: ... argument does not escape
math_functions.go:13:24: math.IsNaN(math.NaN()) escapes to heap
math_functions.go:13:48: math.IsInf(math.Inf(-1), -1) escapes to heap
math_functions.go:13:80: math.Signbit(math.Copysign(0, -1)) escapes to heap
math_functions.go:14:12: ... argument does not escape
math_functions.go:14:37: math.Pi escapes to heap
math_functions.go:14:46: math.E escapes to heap
math_functions.go:14:54: math.Sqrt2 escapes to heap
math_functions.go:15:12: ... argument does not escape
math_functions.go:15:41: math.Sin(math.Pi / 6) escapes to heap
math_functions.go:15:62: math.Cos(0) escapes to heap
math_functions.go:15:77: math.Atan2(1, 1) escapes to heap
math_functions.go:16:12: ... argument does not escape
math_functions.go:16:41: math.Exp(1) escapes to heap
math_functions.go:16:54: math.Log(math.E) escapes to heap
math_functions.go:16:73: math.Log2(1024) escapes to heap
math_functions.go:17:12: ... argument does not escape
math_functions.go:17:38: math.Hypot(3, 4) escapes to heap
math_functions.go:17:56: math.Log10(0.001) escapes to heap
math_functions.go:18:12: ... argument does not escape
math_functions.go:18:41: math.Float64bits(1.0) escapes to heap
math_functions.go:18:68: math.Float64frombits(0x4000000000000000) escapes to heap
math_functions.go:19:12: ... argument does not escape
math_functions.go:19:41: math.Float32bits(-1.5) escapes to heap
math_functions.go:19:69: math.Float32frombits(0x3f800000) escapes to heap
math_functions.go:21:13: ... argument does not escape
math_functions.go:21:13: exp escapes to heap
math_functions.go:21:13: frac escapes to heap
math_functions.go:21:35: math.Ldexp(0.5, 4) escapes to heap
math_functions.go:23:13: ... argument does not escape
math_functions.go:23:13: fp escapes to heap
math_functions.go:23:13: ip escapes to heap
math_functions.go:24:13: ... argument does not escape
math_functions.go:24:23: math.Sqrt(-1) escapes to heap
math_functions.go:24:37: math.Log(0) escapes to heap
math_functions.go:24:53: math.Inf(1) - math.Inf(1) escapes to heap
math_functions.go:9:13: ... argument does not escape
math_functions.go:9:23: math.Sqrt(2) escapes to heap
math_functions.go:9:37: math.Cbrt(27) escapes to heap
math_functions.go:9:51: math.Pow(2, 10) escapes to heap
math_functions.go:9:68: math.Pow(2, -2) escapes to heap
