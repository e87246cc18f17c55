package main

import "fmt"

func main() {
	c := make(chan int)
	ready := make(chan bool)
	go func() {
		fmt.Println("helper done")
		ready <- true
	}()
	<-ready
	fmt.Println("waiting")
	<-c
}
