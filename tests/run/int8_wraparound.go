package main

// int8 arithmetic wraps around modulo 2^8; no import, output via println (stderr).

func main() {
	var a int8 = 127
	a++
	println("127+1 =", a)
	var b int8 = -128
	b--
	println("-128-1 =", b)
	var c int8 = 100
	c *= 3
	println("100*3 =", c)
	var d int8 = -128
	d = -d
	println("-(-128) =", d)
	var e int8 = -128
	var m1 int8 = -1
	println("-128 / -1 =", e/m1, "rem", e%m1)
	var sum int8
	for i := 0; i < 300; i++ {
		sum += 1
	}
	println("300 increments =", sum)
	var f int8 = 64
	f <<= 1
	println("64<<1 =", f)
	var g int8 = -1
	println("-1>>3 =", g>>3, "uint8:", uint8(g))
	x := []int8{120, 5, 10}
	var t int8
	for _, v := range x {
		t += v
	}
	println("sum 120+5+10 =", t)
}
