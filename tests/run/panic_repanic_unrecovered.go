package main

import (
	"errors"
	"fmt"
)

// Recovering and panicking again with an error value:
// panic: first failure [recovered]
//	panic: second failure

func step(n int) {
	if n == 2 {
		panic("first failure")
	}
	fmt.Println("step", n)
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(errors.New("second failure"))
	}()
	for i := 0; i < 4; i++ {
		step(i)
	}
}
