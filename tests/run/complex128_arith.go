package main

import "fmt"

func main() {
	a := complex(1, 2)
	b := 3 - 4i
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(real(a*b), imag(a*b))
	fmt.Println(a == complex(1, 2), a != b)
	var z complex128
	for i := 0; i < 4; i++ {
		z = z*z + a
		fmt.Printf("iter %d: %v\n", i, z)
	}
	c := 1i
	fmt.Println("i^2 =", c*c)
	p := complex(1, 0)
	for i := 0; i < 8; i++ {
		p *= 1i
	}
	fmt.Println("i^8 =", p)
	fmt.Printf("%.3f %g %v\n", a/b, b, -a)
	var zero complex128
	fmt.Println("1/0 =", complex(1, 1)/zero)
	println("println:", a, b)
}
