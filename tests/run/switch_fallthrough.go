package main

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	case n >= 70:
		s += "C"
	case n >= 60:
		s += "D"
	default:
		s += "F"
	}
	return s
}

func main() {
	for _, n := range []int{95, 85, 75, 65, 10} {
		println(n, grade(n))
	}
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			println(i, "zero")
		case 1, 2, 3:
			println(i, "small")
			if i == 2 {
				break
			}
			println(i, "not two")
		case 4:
			println(i, "four, falling")
			fallthrough
		default:
			println(i, "default")
		}
	}
	switch x := 5; {
	case x > 3:
		println("x > 3")
	}
	switch f := func() int { println("tag evaluated once"); return 2 }(); f {
	case 1:
		println("one")
	case 2:
		println("two")
	}
	s := "go"
	switch s + "cc" {
	case "gocc":
		println("matched gocc")
	}
	switch {
	default:
		println("default first")
	case false:
		println("never")
	}
}
