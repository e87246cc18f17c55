package main

func main() {
	var a complex64 = complex(1.5, -2)
	var b complex64 = 2 + 0.5i
	println(a+b, a-b, a*b, a/b)
	println(real(a), imag(a))
	r := real(a * b)
	var rf float32 = r
	println("real is float32:", rf)
	c := complex64(complex(0.1, 0.2))
	d := complex128(c)
	println("complex64 -> complex128:", d)
	e := complex(float32(1)/3, float32(2)/3)
	println("e =", e, "e*3 =", e*3)
	println("eq:", a == complex(1.5, -2), a == b)
	var acc complex64 = 1
	for i := 0; i < 5; i++ {
		acc *= a
	}
	println("a^5 =", acc)
}
