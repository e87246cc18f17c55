// runtime.Goexit in a goroutine (its deferred calls run, recover() returns nil) and in main: the
// program goes on without main until no goroutine is left, then fails as gc does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(done chan bool) {
	defer func() {
		fmt.Println("worker defer, recover:", recover())
		done <- true
	}()
	func() {
		defer fmt.Println("inner defer")
		runtime.Goexit()
		fmt.Println("not reached")
	}()
	fmt.Println("not reached either")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	fmt.Println("worker done")
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("other goroutine finishing")
	}()
	defer fmt.Println("main defer runs")
	runtime.Goexit()
	fmt.Println("main not reached")
}
