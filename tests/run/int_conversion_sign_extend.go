package main

func main() {
	var a int8 = -1
	println("int8(-1) -> int16", int16(a), "uint16", uint16(a), "uint64", uint64(a))
	var b uint8 = 255
	println("uint8(255) -> int8", int8(b), "int32", int32(b))
	var c int32 = 0x12345678
	println("int32 0x12345678 -> int8", int8(c), "uint8", uint8(c), "int16", int16(c))
	var d int64 = -129
	println("int64(-129) -> int8", int8(d), "uint8", uint8(d))
	var e uint32 = 0x80000000
	println("uint32(0x80000000) -> int32", int32(e), "int64", int64(int32(e)))
	var f uint64 = 0xFFFFFFFF00000001
	println("uint64 -> uint32", uint32(f), "int32", int32(f))
	var g int16 = -300
	println("int16(-300) -> uint8", uint8(g), "int8", int8(g))
	var r rune = 0x1F600
	println("rune -> byte", byte(r), "int16", int16(r))
	var fl float64 = -3.99
	println("float -> int8", int8(fl), "int64", int64(fl))
	u := uint8(200)
	println("uint8 -> float", float64(u), float32(int8(u)))
}
