package main

func add(a, b int) int {
	c := a + b // gdb_break.sh breaks here (line 4)
	return c
}

func main() {
	x := add(2, 3)
	println("sum", x)
}
