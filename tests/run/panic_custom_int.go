package main

// Recover an int panic, then panic again with a named integer type:
// panic: 42 [recovered]
//	panic: main.Code(7)

type Code int

func risky(n int) {
	if n == 42 {
		panic(n)
	}
	println("risky ok", n)
}

func main() {
	println("about to panic with ints")
	defer func() {
		r := recover()
		println("recovered", r.(int))
		panic(Code(7))
	}()
	risky(1)
	risky(42)
	println("not reached")
}
