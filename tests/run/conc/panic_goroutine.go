package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		fmt.Println("about to panic")
		panic(fmt.Sprintf("boom %d", 42))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
