package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			<-block
			done <- true
		}()
	}
	runtime.Gosched()
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for i := 0; i < 5; i++ {
		<-done
	}
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
