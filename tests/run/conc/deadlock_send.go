package main

import "fmt"

// Every goroutine blocked: main on an unbuffered send nobody receives, a helper on a receive
// from a channel nobody sends on.

func main() {
	results := make(chan int)
	never := make(chan int)
	started := make(chan bool)
	go func() {
		started <- true
		<-never
		results <- 1
	}()
	<-started
	fmt.Println("helper started")
	full := make(chan int, 1)
	full <- 1
	fmt.Println("buffer full, len", len(full))
	full <- 2
	fmt.Println("unreachable")
}
