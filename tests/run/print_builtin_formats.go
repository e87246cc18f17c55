package main

type T struct{ a int }

func main() {
	println(1, -2, "str", true, false)
	println(3.0, -0.5, 1e-10, 123456789.0)
	var f32 float32 = 2.5
	println(f32)
	println(complex(1, -1), complex64(complex(0.5, 2)))
	var u8 uint8 = 200
	var i64 int64 = -1 << 63
	var u64 uint64 = 1<<64 - 1
	println(u8, i64, u64)
	var nilp *T
	var nilm map[int]int
	var nils []int
	var nilf func()
	println(nilp == nil, nilm == nil, nils == nil, nilf == nil)
	print("no", "spaces", 1, 2, "\n")
	print("a ", 1, " b\n")
	println()
	println("")
	var r rune = 'A'
	var b byte = 'B'
	println(r, b)
	var up uintptr = 255
	println(up)
	type myint int
	println(myint(5))
	println("tab\tnewline\\n")
}
