package main

func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	var a uint32 = 4294967295
	a++
	println("max+1 =", a)
	var b uint32
	b--
	println("0-1 =", b)
	var c uint32 = 65536
	c *= 65536
	println("65536^2 =", c)
	var x uint32 = 0xDEADBEEF
	println("rotl8 =", x<<8|x>>24)
	println("neg =", -x)
	for _, s := range []string{"", "a", "gocc", "hello world"} {
		println("fnv32(", s, ") =", fnv32(s))
	}
	var seed uint32 = 12345
	for i := 0; i < 5; i++ {
		seed = seed*1103515245 + 12345
		println("lcg", seed)
	}
}
