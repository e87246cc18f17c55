package main

func trace(s string) string {
	println("enter", s)
	return s
}

func un(s string) { println("leave", s) }

func nested() {
	defer un(trace("nested"))
	println("in nested")
}

func main() {
	for i := 0; i < 3; i++ {
		defer println("deferred in loop", i)
	}
	x := 1
	defer println("x at defer time:", x)
	defer func() { println("x at exit via closure:", x) }()
	x = 2
	nested()
	p := &x
	defer func(v int, pv *int) { println("arg", v, "ptr", *pv) }(x, p)
	x = 3
	s := []int{1}
	defer println("slice elem at defer:", s[0])
	s[0] = 99
	println("end of main")
}
