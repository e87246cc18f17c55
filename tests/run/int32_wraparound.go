package main

func fib(n int) int32 {
	var a, b int32 = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return a
}

func main() {
	var a int32 = 2147483647
	a++
	println("max+1 =", a)
	var b int32 = -2147483648
	b--
	println("min-1 =", b)
	var c int32 = 65536
	c *= 65536
	println("65536*65536 =", c)
	var d int32 = 100000
	d *= 100000
	println("1e5*1e5 =", d)
	var e int32 = -2147483648
	var m1 int32 = -1
	println("min / -1 =", e/m1, "rem", e%m1)
	println("-min =", -e)
	for _, n := range []int{45, 46, 47, 48, 50} {
		println("fib", n, "=", fib(n))
	}
	var h int32 = 0x7fffffff
	h += h
	println("max+max =", h)
}
