package main

import "fmt"

func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for v := range in {
		if v >= 10 {
			close(out)
			done <- name
			return
		}
		out <- v + 1
	}
	done <- name + " (closed)"
}

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan string)
	go player("ping", pong, ping, done)
	go player("pong", ping, pong, done)
	ping <- 0
	fmt.Println(<-done)
	fmt.Println(<-done)
}
