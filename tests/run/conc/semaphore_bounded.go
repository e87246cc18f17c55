package main

import (
	"fmt"
	"sync"
)

// Bounded parallelism: at most `limit` tasks run at once, enforced by a buffered channel used
// as a counting semaphore; results are collected by index so the output is ordered.

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func run(limit, tasks int) ([]int, int, int) {
	sem := make(chan struct{}, limit)
	out := make([]int, tasks)
	var mu sync.Mutex
	inside, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < tasks; i++ {
		wg.Add(1)
		sem <- struct{}{} // acquire before starting: the loop itself blocks at the limit
		go func(i int) {
			defer wg.Done()
			defer func() { <-sem }()
			mu.Lock()
			inside++
			if inside > peak {
				peak = inside
			}
			mu.Unlock()
			out[i] = collatz(i + 1)
			ch := make(chan int, 1) // a few channel operations, as real work would block
			ch <- i
			<-ch
			mu.Lock()
			inside--
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	return out, peak, len(sem)
}

func main() {
	for _, limit := range []int{1, 2, 4} {
		res, peak, left := run(limit, 27)
		fmt.Println("limit", limit, "peak within limit:", peak >= 1 && peak <= limit, "semaphore empty:", left == 0)
		if limit == 4 {
			fmt.Println(res)
		}
	}
}
