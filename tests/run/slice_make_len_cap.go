package main

func main() {
	s := make([]int, 3, 8)
	println(len(s), cap(s), s[0], s[2])
	s = s[:6]
	println(len(s), s[5])
	s = s[2:]
	println(len(s), cap(s))
	t := make([]string, 2)
	println(len(t), cap(t), t[0] == "")
	var n = 4
	u := make([]float64, n, n*2)
	println(len(u), cap(u))
	z := make([]struct{}, 1000)
	println(len(z))
	bs := make([]bool, 3)
	bs[1] = true
	println(bs[0], bs[1], bs[2])
	var nn int64 = 5
	m := make([]uint8, nn)
	println(len(m))
}
