package main

const (
	A     = 10
	B     = A * 2.5
	C     = 'x' - 'a'
	D     = "go" + "cc"
	E     = len(D)
	F     = A > 5 && D != ""
	G     = 7 / 2 * 2.0
	H     = 7 / 2.0 * 2
	Mask  = ^uint8(0)
	Neg   = -A >> 1
	Round = int64(B)
)

type Level uint8

const (
	Low Level = iota + 1
	Mid
	High = Mid * 2
)

func main() {
	println(A, B, C, D, E, F)
	println(G, H)
	println(Mask, Neg, Round)
	println(Low, Mid, High)
	var f float32 = B
	var i int = B * 2
	var r rune = C + 'A'
	println(f, i, string(r))
	const huge = 1 << 70
	println(huge>>68, float64(huge))
	var u8 uint8 = 255 & Mask
	println(u8, ^u8)
	x := 3
	y := x * B / 5
	println(y)
	const typedRatio float64 = 1 / 3
	const untypedRatio = 1 / 3.0
	println(typedRatio, untypedRatio)
}
