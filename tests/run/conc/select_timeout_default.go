package main

import (
	"fmt"
	"time"
)

// select with default (never blocks), with time.After as a timeout when nothing is ready, and
// with a ready channel winning over a long timeout.

func tryRecv(c chan int) string {
	select {
	case v := <-c:
		return fmt.Sprint("got ", v)
	default:
		return "nothing ready"
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func recvWithin(c <-chan string, d time.Duration) string {
	select {
	case s := <-c:
		return s
	case <-time.After(d):
		return "timeout after " + d.String()
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(tryRecv(c))
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	fmt.Println(tryRecv(c), "/", tryRecv(c), "/", tryRecv(c))

	never := make(chan string)
	start := time.Now()
	fmt.Println(recvWithin(never, 20*time.Millisecond))
	el := time.Since(start)
	fmt.Println("waited >= 20ms:", el >= 20*time.Millisecond, "< 2s:", el < 2*time.Second)

	ready := make(chan string, 1)
	ready <- "ready value"
	start = time.Now()
	fmt.Println(recvWithin(ready, 10*time.Second))
	fmt.Println("fast:", time.Since(start) < 5*time.Second)

	slow := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		slow <- "slow sender made it"
	}()
	fmt.Println(recvWithin(slow, 10*time.Second))

	// A timeout loop: poll a worker's progress until it reports completion.
	progress := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(5 * time.Millisecond)
			progress <- i * 33
		}
		close(progress)
	}()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case p, ok := <-progress:
			if !ok {
				fmt.Println("worker finished")
				return
			}
			fmt.Println("progress", p)
		case <-deadline:
			fmt.Println("deadline")
			return
		}
	}
}
