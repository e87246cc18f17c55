// A valid Go 1.19 program (Go's test/fixedbugs/issue11326b.go in small): gc keeps untyped float
// constants as 512-bit floats with a huge exponent range; gocc keeps them as exact rationals up
// to 1e±10000 and says so for larger exponents, at the literal, instead of failing later.
package main

func main() {
	const n = 1e646456992
	const d = 1e646456991
	x := n / d
	println(x == 10)
}
