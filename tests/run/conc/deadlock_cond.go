package main

import (
	"fmt"
	"sync"
)

// A sync.Cond waiter nobody signals: with every goroutine asleep gc reports a deadlock, the
// waiter's state is "sync.Cond.Wait".

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	done := make(chan bool)
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
		done <- true // forgets c.Signal()
	}()
	<-done
	mu.Lock()
	for !ready {
		c.Wait()
	}
	fmt.Println("ready; waiting for a second event nobody sends")
	c.Wait()
	fmt.Println("unreachable")
}
