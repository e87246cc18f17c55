package main

// int and uint are 64-bit on the targets we test (amd64/arm64).

func main() {
	maxInt := int(^uint(0) >> 1)
	minInt := -maxInt - 1
	println("max int =", maxInt)
	println("min int =", minInt)
	x := maxInt
	x++
	println("max+1 =", x, x == minInt)
	var u uint = 0
	u--
	println("uint 0-1 =", u)
	var m1 = -1
	println("min / -1 =", minInt/m1, "min % -1 =", minInt%m1)
	println("uint(-1 int) =", uint(m1))
	var n int = 7
	println("7/2 =", n/2, "-7/2 =", -n/2, "7%-2 =", n%-2, "-7%2 =", -n%2)
	println("unsigned 7/2 =", uint(n)/2)
}
