package main

func main() {
	var a uint8 = 255
	a++
	println("255+1 =", a)
	var b uint8 = 0
	b--
	println("0-1 =", b)
	var c uint8 = 16
	c *= 16
	println("16*16 =", c)
	var d uint8 = 200
	d += 100
	println("200+100 =", d)
	var e uint8 = 1
	println("-e =", -e, "^e =", ^e)
	var f uint8 = 0xF0
	println("0xF0<<2 =", f<<2, "0xF0>>2 =", f>>2)
	var h byte
	for i := 0; i < 1000; i++ {
		h += byte(i)
	}
	println("sum of byte(i) for i<1000 =", h)
	var checksum uint8
	for _, x := range []byte("hello, world") {
		checksum = checksum*31 + x
	}
	println("checksum =", checksum)
}
