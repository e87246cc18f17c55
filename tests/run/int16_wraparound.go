package main

func main() {
	var a int16 = 32767
	a++
	println("32767+1 =", a)
	var b int16 = -32768
	b--
	println("-32768-1 =", b)
	var c int16 = 300
	c *= 300
	println("300*300 =", c)
	var d int16 = -32768
	d = -d
	println("-(-32768) =", d)
	var e int16 = -32768
	var m1 int16 = -1
	println("-32768 / -1 =", e/m1, "rem", e%m1)
	var f int16 = 1
	for i := 0; i < 15; i++ {
		f <<= 1
		println("1<<", i+1, "=", f)
	}
	var u uint16 = uint16(b)
	println("as uint16:", u)
}
