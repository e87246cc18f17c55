package main

type Code int

func main() {
	println("about to panic with ints")
	defer func() {
		r := recover()
		println("recovered", r.(int))
		panic(Code(7))
	}()
	panic(42)
}
