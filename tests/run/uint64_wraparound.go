package main

func xorshift(x uint64) uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

func main() {
	var a uint64 = 18446744073709551615
	a++
	println("max+1 =", a)
	var b uint64
	b--
	println("0-1 =", b)
	var c uint64 = 1 << 32
	c *= 1 << 32
	println("2^64 =", c)
	var d uint64 = 0x9E3779B97F4A7C15
	d *= 3
	println("golden*3 =", d)
	x := uint64(88172645463325252)
	for i := 0; i < 6; i++ {
		x = xorshift(x)
		println("xorshift", x)
	}
	var h uint64 = 14695981039346656037
	for _, ch := range []byte("gocc") {
		h ^= uint64(ch)
		h *= 1099511628211
	}
	println("fnv64 =", h)
	println("max/3 =", b/3, "max%7 =", b%7)
}
