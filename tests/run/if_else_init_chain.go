package main

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func lookup(k string) (int, bool) {
	switch k {
	case "a":
		return 1, true
	case "b":
		return 2, true
	}
	return 0, false
}

func main() {
	for _, n := range []int{-5, 0, 4, 7} {
		println(n, classify(n))
	}
	for _, k := range []string{"a", "b", "c"} {
		if v, ok := lookup(k); ok {
			println(k, "found", v)
		} else if k == "c" {
			println(k, "is c, v =", v)
		} else {
			println(k, "missing")
		}
	}
	x := 10
	if x := 5; x > 3 {
		println("inner x", x)
	}
	println("outer x", x)
	if y := x * 2; y > 100 {
		println("big")
	} else if z := y + 1; z > 20 {
		println("z", z, "y", y)
	} else {
		println("else", y, z)
	}
}
