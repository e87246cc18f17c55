package main

type Celsius float64
type Fahrenheit float64
type ID int32
type Name string

const Boiling Celsius = 100
const Offset = 32

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + Offset) }

const (
	typedByte byte    = 'A'
	typedI8   int8    = -128
	typedU16  uint16  = 0xFFFF
	typedF32  float32 = 1.0 / 3
)

func main() {
	println("boiling F:", float64(CToF(Boiling)))
	var id ID = 7
	id += 1
	println("id:", id)
	var n Name = "gocc"
	println("name:", string(n)+"!", len(n))
	println("byte+1:", typedByte+1, string(rune(typedByte+1)))
	println("int8:", typedI8, "uint16:", typedU16)
	println("float32 const:", typedF32)
	const big = 1 << 40
	println("int64(big):", int64(big), "float32(big):", float32(big))
	const r = 'x'
	var s string = string(rune(r))
	println("rune const -> string:", s)
	var f float64 = 3
	println("untyped int const as float:", f/2)
	const c = 5 / 2
	const d = 5 / 2.0
	println("5/2 =", c, "5/2.0 =", d)
	type Duration int64
	const Second Duration = 1000
	timeout := 3 * Second
	println("timeout:", timeout, "in s:", timeout/Second)
}
