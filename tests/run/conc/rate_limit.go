package main

import (
	"fmt"
	"time"
)

// Rate limiting with a ticker: requests are served one per tick, in arrival order; a bursty
// limiter (a buffered channel refilled by the ticker) lets the first three through at once.

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	start := time.Now() // before the ticker: its 5th tick is then >= 25ms after start
	limiter := time.NewTicker(5 * time.Millisecond)
	for req := range requests {
		<-limiter.C
		fmt.Println("request", req)
	}
	limiter.Stop()
	fmt.Println("5 requests took >= 25ms:", time.Since(start) >= 25*time.Millisecond)

	bursty := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		bursty <- struct{}{}
	}
	stop := make(chan struct{})
	refilled := make(chan struct{})
	start = time.Now()
	go func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		defer close(refilled)
		for {
			select {
			case <-t.C:
				select {
				case bursty <- struct{}{}:
				default:
				}
			case <-stop:
				return
			}
		}
	}()
	burst := make(chan int, 6)
	for i := 1; i <= 6; i++ {
		burst <- i
	}
	close(burst)
	var immediate []int
	for req := range burst {
		<-bursty
		if req <= 3 {
			immediate = append(immediate, req)
		}
		fmt.Println("burst request", req)
	}
	close(stop)
	<-refilled
	fmt.Println("served first:", immediate, "all 6 took >= 15ms:", time.Since(start) >= 15*time.Millisecond)
}
