package main

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	a, b := uint8(0b11001100), uint8(0b10101010)
	println("and", a&b, "or", a|b, "xor", a^b, "andnot", a&^b, "not", ^a)
	x, y := 0x0F0F, 0x00FF
	println(x&y, x|y, x^y, x&^y, ^x)
	var s int16 = -1
	println("^-1 =", ^s, "-1 &^ 0xFF =", s&^0xFF)
	for _, v := range []uint64{0, 1, 255, 1 << 63, ^uint64(0), 0xDEADBEEF} {
		println("popcount", v, "=", popcount(v))
	}
	flags := 0
	const (
		R = 1 << iota
		W
		X
	)
	flags |= R | X
	println("flags", flags, "has W", flags&W != 0, "has X", flags&X != 0)
	flags &^= X
	println("after clear X", flags)
	println("0o755 =", 0o755, "0x_ff_ff =", 0x_ff_ff, "1_000_000 =", 1_000_000)
}
