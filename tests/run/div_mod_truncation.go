package main

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 7}, {-1, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		q, r := a/b, a%b
		println(a, "/", b, "=", q, "rem", r, "check", q*b+r == a)
	}
	var x int8 = -7
	var y int8 = 3
	println("int8:", x/y, x%y)
	var u uint = 7
	println("uint 7/2 =", u/2, "7%2 =", u%2)
	println("const -7/2 =", -7/2, "-7%2 =", -7%2)
	f := -7.0
	println("float -7/2 =", f/2)
	for i := -4; i <= 4; i++ {
		print(i%3, " ")
	}
	println()
	for i := -4; i <= 4; i++ {
		print(i>>1, " ")
	}
	println()
}
