package main

import (
	"fmt"
	"sync"
)

// A worker panics with an error value while main waits on a WaitGroup: the program ends with
// "panic: " and the error's text, the worker's deferred calls run first, main's do not.

type parseError struct {
	line int
	msg  string
}

func (e *parseError) Error() string { return fmt.Sprintf("line %d: %s", e.line, e.msg) }

func parse(lines []string) {
	for i, l := range lines {
		if l == "" {
			panic(&parseError{i + 1, "empty line"})
		}
	}
}

func main() {
	defer fmt.Println("main's deferred call must not run")
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		// Not deferred: a deferred Done would release main while the panic is still
		// unwinding, and gc runs main in parallel.
		defer fmt.Println("worker's deferred call runs")
		fmt.Println("worker parsing")
		parse([]string{"a", "b", "", "d"})
		fmt.Println("unreachable")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("unreachable in main")
}
