package main

import (
	"errors"
	"fmt"
	"time"
)

// Calls with a deadline: each call runs in a goroutine that answers on a buffered channel
// (so an abandoned worker never blocks), the caller selects between the answer and
// time.After. The slow worker waits on a channel that only opens after the timeout.

var errTimeout = errors.New("timed out")

func call(f func() int, d time.Duration) (int, error) {
	res := make(chan int, 1)
	go func() { res <- f() }()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return 0, errTimeout
	}
}

func main() {
	v, err := call(func() int { return 42 }, 10*time.Second)
	fmt.Println("fast:", v, err)

	gate := make(chan struct{})
	finished := make(chan int, 1)
	v, err = call(func() int {
		<-gate
		finished <- 7
		return 7
	}, 20*time.Millisecond)
	fmt.Println("slow:", v, err, errors.Is(err, errTimeout))
	close(gate)
	fmt.Println("abandoned worker finished later with", <-finished)

	// Retry with a growing timeout until the worker is quick enough.
	attempt := 0
	for {
		attempt++
		ready := make(chan struct{})
		if attempt >= 3 {
			close(ready)
		}
		a := attempt
		d := time.Duration(a) * 5 * time.Millisecond
		if a >= 3 {
			d = 10 * time.Second // the worker is ready: a generous deadline, so load cannot fail it
		}
		v, err = call(func() int { <-ready; return a * 100 }, d)
		fmt.Println("attempt", attempt, v, err)
		if err == nil {
			break
		}
		close(ready)
	}
}
