package main

import (
	"fmt"
	"os"
)

// os.Exit ends the program at once with the given code: deferred calls do not run and
// nothing else is printed.

func finish(code int) {
	fmt.Fprintln(os.Stderr, "exiting with", code)
	os.Exit(code)
}

func main() {
	defer fmt.Println("deferred calls do not run on os.Exit")
	fmt.Println("to stdout")
	fmt.Fprintln(os.Stderr, "to stderr")
	for i := 1; i <= 3; i++ {
		if i == 3 {
			finish(i)
		}
		fmt.Println("step", i)
	}
	fmt.Println("not reached")
}
