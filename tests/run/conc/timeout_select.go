package main

import (
	"fmt"
	"time"
)

func main() {
	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timeout")
	}
	res := make(chan string, 1)
	go func() {
		time.Sleep(5 * time.Millisecond)
		res <- "fast"
	}()
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(2 * time.Second):
		fmt.Println("slow")
	}
}
