package main

import "fmt"

// An unrecovered panic with a string value; deferred calls still run, newest first,
// before "panic: something bad happened" and exit code 2.

func validate(n int) {
	if n > 2 {
		panic("something bad happened")
	}
	fmt.Println("valid", n)
}

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees no recover")
	}()
	for i := 0; i < 5; i++ {
		validate(i)
	}
	fmt.Println("not reached")
}
