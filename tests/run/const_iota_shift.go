package main

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota * 10
	Saturday
)

const (
	a, b = iota, iota * 100
	c, d
	e, f
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

func main() {
	println("KB MB GB TB:", int64(KB), int64(MB), int64(GB), int64(TB))
	println("days:", Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	println("pairs:", a, b, c, d, e, f)
	println("bits:", bit0, mask0, bit1, mask1, bit3, mask3)
	const (
		x = iota + 'a'
		y
		z
	)
	println("runes:", string(rune(x)), string(rune(y)), string(rune(z)))
	const one = iota
	println("iota in single const:", one)
}
