package main

func main() {
	var one int32 = 1
	for _, s := range []uint{0, 1, 30, 31, 32, 33, 100} {
		println("int32 1 <<", s, "=", one<<s)
	}
	var neg int64 = -256
	for _, s := range []uint{1, 4, 8, 63, 64, 200} {
		println("int64 -256 >>", s, "=", neg>>s)
	}
	var u uint8 = 0x81
	for _, s := range []uint{1, 7, 8, 9} {
		println("uint8 0x81 <<", s, "=", u<<s, ">>", u>>s)
	}
	var sh8 uint8 = 3
	var sh64 uint64 = 65
	x := 5
	println("shift by uint8:", x<<sh8, "by uint64 65:", x<<sh64)
	var sgn int = 2
	println("shift by signed int var:", x<<sgn)
	const c = 1 << 100 >> 98
	println("const 1<<100>>98 =", c)
}
