package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		c <- 1
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("closing")
	close(c)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
