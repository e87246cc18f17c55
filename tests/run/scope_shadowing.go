package main

var x = "package x"

func show() { println("show sees", x) }

func main() {
	println(x)
	x := "main x"
	println(x)
	show()
	{
		x := 42
		println("block x", x)
		{
			x := true
			println("inner block x", x)
		}
		println("block x again", x)
	}
	if x := 1.5; x > 1 {
		println("if x", x)
	} else {
		println("else x", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		println("loop body x", x)
	}
	switch x := len(x); x {
	case 6:
		println("switch x", x)
	}
	err := 1
	if err := 2; err > 1 {
		println("shadowed err", err)
	}
	println("outer err", err)
	a, b := 1, 2
	{
		a, c := 10, 30
		b = 20
		println(a, b, c)
	}
	println(a, b, x)
	len := func(s string) int { return 99 }
	println("shadowed builtin len:", len("abc"))
	true := false
	println("shadowed true:", true)
}
