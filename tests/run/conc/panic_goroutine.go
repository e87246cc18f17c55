package main

import "fmt"

func main() {
	go func() {
		fmt.Println("about to panic")
		panic(fmt.Sprintf("boom %d", 42))
	}()
	<-make(chan int) // blocks for good: the panic ends the program (a Sleep could end first under load)
	fmt.Println("not reached")
}
