package main

// uintptr is an unsigned integer type: arithmetic, wraparound and conversions.

type handle uintptr

func main() {
	var p uintptr = 4096
	p += 8
	println("4096+8 =", p)
	p -= 4104
	p--
	println("0-1 =", p)
	println("max == ^uintptr(0):", p == ^uintptr(0))
	var align uintptr = 16
	for _, n := range []uintptr{1, 15, 16, 17, 100} {
		up := (n + align - 1) &^ (align - 1)
		println("roundup", n, "->", up)
	}
	h := handle(42)
	h <<= 4
	println("handle =", uintptr(h))
	var i int = -8
	println("uintptr(-8) =", uintptr(i))
	println("uintptr(-8)>>60 =", uintptr(i)>>60)
}
