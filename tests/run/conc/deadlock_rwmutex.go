package main

import (
	"fmt"
	"sync"
)

// Upgrading a read lock to a write lock deadlocks: Lock waits for the reader, which is the
// caller itself. Other goroutines are parked on RLock behind the pending writer.

func main() {
	var mu sync.RWMutex
	var wg sync.WaitGroup
	mu.RLock()
	fmt.Println("read-locked")
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.RLock() // another reader: fine, nobody writes yet
			mu.RUnlock()
		}()
	}
	wg.Wait()
	fmt.Println("readers came and went")
	mu.Lock()
	fmt.Println("unreachable")
}
