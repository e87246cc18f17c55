package main

// Untyped constants are exact: intermediate values may exceed every machine type.

const (
	Big   = 1 << 100
	Small = Big >> 99
	Huge  = Big * Big
	Back  = Huge / Big / Big
)

const third = 1.0 / 3
const exactSum = third + third + third

const f1 = 1e300 * 1e300 / 1e300
const mixed = 'a' + 1
const bigFloat = 1 << 62 * 4.0

func main() {
	println("Small =", Small)
	println("Back =", Back)
	println("Big>>90 =", Big>>90)
	println("third*3 == 1:", exactSum == 1)
	println("1e300*1e300/1e300 =", f1)
	println("'a'+1 =", mixed, string(rune(mixed)))
	println("1<<62*4.0 as float =", bigFloat)
	const maxU = 1<<64 - 1
	var u uint64 = maxU
	println("1<<64-1 =", u)
	const minI = -1 << 63
	var i int64 = minI
	println("-1<<63 =", i)
	const ratio = 22.0 / 7
	var r float32 = ratio
	println("22/7 float32 =", r)
	const intDiv = 22 / 7
	println("22/7 int =", intDiv)
	const huge = 1e1000
	println("1e1000/1e999 =", huge/1e999)
	println("len of const string:", len("héllo"))
	const c = complex(1, 2) * complex(1, 2)
	println("const complex:", real(c), imag(c))
}
