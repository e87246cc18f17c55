// Closures that outlive their frame keep the variables they capture alive.
package main

var hook func() int

func counter() func() int {
	n := 0 // moved to heap: captured by reference by an escaping closure
	return func() int { // func literal escapes
		n++
		return n
	}
}

func install(base int) {
	total := base // moved to heap
	hook = func() int { // escapes
		total += 10
		return total
	}
}

func direct(a int) int {
	b := a * 2
	f := func() int { return a + b } // does not escape
	return f()
}

func main() {
	c := counter()
	c()
	c()
	install(5)
	hook()
	println(c(), hook(), direct(4))
}
