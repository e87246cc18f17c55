builtin_complex_real_imag.go:11:12: ... argument does not escape
builtin_complex_real_imag.go:11:12: inlining call to fmt.Printf
builtin_complex_real_imag.go:11:13: c64 escapes to heap
builtin_complex_real_imag.go:11:13: c64 escapes to heap
builtin_complex_real_imag.go:11:41: imag(c64) escapes to heap
builtin_complex_real_imag.go:13:13: ... argument does not escape
builtin_complex_real_imag.go:13:13: inlining call to fmt.Println
builtin_complex_real_imag.go:13:13: mag2 escapes to heap
builtin_complex_real_imag.go:15:13: ... argument does not escape
builtin_complex_real_imag.go:15:13: inlining call to fmt.Println
builtin_complex_real_imag.go:15:15: c * conj escapes to heap
builtin_complex_real_imag.go:15:23: c / conj escapes to heap
builtin_complex_real_imag.go:17:13: ... argument does not escape
builtin_complex_real_imag.go:17:13: inlining call to fmt.Println
builtin_complex_real_imag.go:17:15: k * k escapes to heap
builtin_complex_real_imag.go:17:23: real(k * k) escapes to heap
builtin_complex_real_imag.go:19:13: ... argument does not escape
builtin_complex_real_imag.go:19:13: inlining call to fmt.Println
builtin_complex_real_imag.go:19:20: zeros == 0 escapes to heap
builtin_complex_real_imag.go:19:30: real(zeros) escapes to heap
builtin_complex_real_imag.go:20:23: []complex128{...} does not escape
builtin_complex_real_imag.go:22:12: ... argument does not escape
builtin_complex_real_imag.go:22:12: inlining call to fmt.Print
builtin_complex_real_imag.go:22:18: r * r * r * r escapes to heap
builtin_complex_real_imag.go:22:22: " " escapes to heap
builtin_complex_real_imag.go:24:13: inlining call to fmt.Println
builtin_complex_real_imag.go:25:12: ... argument does not escape
builtin_complex_real_imag.go:25:12: inlining call to fmt.Printf
builtin_complex_real_imag.go:25:13: c escapes to heap
builtin_complex_real_imag.go:25:13: c64 escapes to heap
builtin_complex_real_imag.go:25:41: 1 + 2i escapes to heap
builtin_complex_real_imag.go:7:13: ... argument does not escape
builtin_complex_real_imag.go:7:13: inlining call to fmt.Println
builtin_complex_real_imag.go:7:18: real(c) escapes to heap
builtin_complex_real_imag.go:7:27: imag(c) escapes to heap
builtin_complex_real_imag.go:8:12: ... argument does not escape
builtin_complex_real_imag.go:8:12: inlining call to fmt.Printf
builtin_complex_real_imag.go:8:13: c escapes to heap
builtin_complex_real_imag.go:8:31: real(c) escapes to heap
