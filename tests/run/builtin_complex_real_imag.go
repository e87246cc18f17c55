package main

import "fmt"

func main() {
	c := complex(3.0, 4.0)
	fmt.Println(real(c), imag(c))
	fmt.Printf("%T %T\n", c, real(c))
	var f32a, f32b float32 = 1.5, -2
	c64 := complex(f32a, f32b)
	fmt.Printf("%T %v %T\n", c64, c64, imag(c64))
	mag2 := real(c)*real(c) + imag(c)*imag(c)
	fmt.Println(mag2)
	conj := complex(real(c), -imag(c))
	fmt.Println(c*conj, c/conj)
	const k = complex(1, 1)
	fmt.Println(k*k, real(k*k))
	var zeros complex128
	fmt.Println(zeros == 0, real(zeros))
	roots := []complex128{1, 1i, -1, -1i}
	for _, r := range roots {
		fmt.Print(r*r*r*r, " ")
	}
	fmt.Println()
	fmt.Printf("%.2f %8.3f %g\n", c, c64, 1+2i)
}
