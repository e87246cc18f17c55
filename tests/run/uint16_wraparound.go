package main

func main() {
	var a uint16 = 65535
	a++
	println("65535+1 =", a)
	var b uint16 = 0
	b -= 2
	println("0-2 =", b)
	var c uint16 = 300
	c *= 300
	println("300*300 =", c)
	var e uint16 = 1
	println("-1 =", -e, "^1 =", ^e)
	var h uint16 = 0xACE1
	for i := 0; i < 8; i++ {
		bit := (h ^ (h >> 2) ^ (h >> 3) ^ (h >> 5)) & 1
		h = (h >> 1) | (bit << 15)
		println("lfsr", i, h)
	}
	big := uint16(40000)
	var s int16 = int16(big)
	println("int16(40000) =", s)
}
