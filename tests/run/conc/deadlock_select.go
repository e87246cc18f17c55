package main

import "fmt"

// A select whose every case is blocked (and no default) waits forever: deadlock, state "select".

func main() {
	a := make(chan int)
	b := make(chan string)
	done := make(chan bool)
	go func() {
		a <- 1
		done <- true
	}()
	select {
	case v := <-a:
		fmt.Println("first select got", v)
	case s := <-b:
		fmt.Println("unexpected", s)
	}
	<-done
	fmt.Println("helper finished; selecting again")
	select {
	case v := <-a:
		fmt.Println("unexpected", v)
	case b <- "x":
		fmt.Println("unexpected send")
	}
}
