package main

import (
	"fmt"
	"sync"
)

// Calling Done once too often in a goroutine panics there with
// "sync: negative WaitGroup counter", which ends the program.

func main() {
	var wg sync.WaitGroup
	block := make(chan int)
	wg.Add(2)
	results := make([]int, 2)
	for i := 0; i < 2; i++ {
		go func(i int) {
			defer wg.Done()
			results[i] = i + 10
		}(i)
	}
	wg.Wait()
	fmt.Println("both workers done:", results)
	go func() {
		wg.Done() // one Done too many
		block <- 1
	}()
	<-block
	fmt.Println("unreachable")
}
