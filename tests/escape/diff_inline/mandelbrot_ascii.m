mandelbrot_ascii.go:28:17: string(line) does not escape
mandelbrot_ascii.go:6:15: make([]byte, w) does not escape
