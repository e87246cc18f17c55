complex128_arith.go:10:13: ... argument does not escape
complex128_arith.go:10:13: inlining call to fmt.Println
complex128_arith.go:10:16: a == complex(1, 2) escapes to heap
complex128_arith.go:10:36: a != b escapes to heap
complex128_arith.go:14:13: ... argument does not escape
complex128_arith.go:14:13: inlining call to fmt.Printf
complex128_arith.go:14:14: i escapes to heap
complex128_arith.go:14:14: z escapes to heap
complex128_arith.go:17:13: ... argument does not escape
complex128_arith.go:17:13: inlining call to fmt.Println
complex128_arith.go:17:14: "i^2 =" escapes to heap
complex128_arith.go:17:24: c * c escapes to heap
complex128_arith.go:22:13: ... argument does not escape
complex128_arith.go:22:13: inlining call to fmt.Println
complex128_arith.go:22:14: "i^8 =" escapes to heap
complex128_arith.go:22:14: p escapes to heap
complex128_arith.go:23:12: ... argument does not escape
complex128_arith.go:23:12: inlining call to fmt.Printf
complex128_arith.go:23:30: a / b escapes to heap
complex128_arith.go:23:30: b escapes to heap
complex128_arith.go:23:37: -a escapes to heap
complex128_arith.go:25:13: ... argument does not escape
complex128_arith.go:25:13: inlining call to fmt.Println
complex128_arith.go:25:14: "1/0 =" escapes to heap
complex128_arith.go:25:36: complex(1, 1) / zero escapes to heap
complex128_arith.go:8:13: ... argument does not escape
complex128_arith.go:8:13: inlining call to fmt.Println
complex128_arith.go:8:15: a + b escapes to heap
complex128_arith.go:8:20: a - b escapes to heap
complex128_arith.go:8:25: a * b escapes to heap
complex128_arith.go:8:30: a / b escapes to heap
complex128_arith.go:9:13: ... argument does not escape
complex128_arith.go:9:13: inlining call to fmt.Println
complex128_arith.go:9:18: real(a * b) escapes to heap
complex128_arith.go:9:29: imag(a * b) escapes to heap
