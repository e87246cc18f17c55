// mandelbrot (the Computer Language Benchmarks Game's, single goroutine): the Mandelbrot set on
// an N x N grid as a portable bitmap (PBM, P4) on stdout. Float64 inner loop, byte output.
// usage: mandelbrot [N]  (default 3000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 3000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	const limit = 4.0
	const iterations = 50
	rowBytes := (n + 7) / 8
	out := make([]byte, 0, rowBytes*n)
	for y := 0; y < n; y++ {
		ci := 2*float64(y)/float64(n) - 1
		var bits byte
		for x := 0; x < n; x++ {
			cr := 2*float64(x)/float64(n) - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			i := 0
			for ; i < iterations && tr+ti <= limit; i++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			bits <<= 1
			if tr+ti <= limit {
				bits |= 1
			}
			if x%8 == 7 {
				out = append(out, bits)
				bits = 0
			}
		}
		if n%8 != 0 {
			out = append(out, bits<<uint(8-n%8))
			bits = 0
		}
	}
	fmt.Printf("P4\n%d %d\n", n, n)
	os.Stdout.Write(out)
}
