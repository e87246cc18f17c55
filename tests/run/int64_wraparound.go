package main

func main() {
	var a int64 = 9223372036854775807
	a++
	println("max+1 =", a)
	var b int64 = -9223372036854775808
	b--
	println("min-1 =", b)
	var c int64 = 1 << 32
	c *= 1 << 32
	println("2^32*2^32 =", c)
	var d int64 = 3037000500
	d *= d
	println("3037000500^2 =", d)
	var e int64 = -9223372036854775808
	var m1 int64 = -1
	println("min / -1 =", e/m1, "rem", e%m1)
	println("-min =", -e)
	var f int64 = 1
	for i := 0; i < 70; i++ {
		f *= 3
	}
	println("3^70 mod 2^64 (signed) =", f)
	var h uint64 = uint64(e)
	println("min as uint64 =", h)
	var fact int64 = 1
	for i := int64(1); i <= 25; i++ {
		fact *= i
		if i >= 19 {
			println(i, "! =", fact)
		}
	}
}
