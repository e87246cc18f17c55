package main

import (
	"fmt"
	"sort"
	"sync"
)

// Fan-out: several workers read one input channel. Fan-in: a merge function forwards every
// worker's output to one channel, closed once all of them are done.

func source(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func worker(id int, in <-chan int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for v := range in {
			out <- fmt.Sprintf("%03d cube=%d", v, v*v*v)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	var wg sync.WaitGroup
	out := make(chan string, 4)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for s := range c {
				out <- s
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := source(30)
	workers := make([]<-chan string, 5)
	for i := range workers {
		workers[i] = worker(i, in)
	}
	var got []string
	for s := range merge(workers...) {
		got = append(got, s)
	}
	sort.Strings(got)
	fmt.Println("results:", len(got))
	for _, s := range got[:5] {
		fmt.Println(s)
	}
	fmt.Println("...")
	fmt.Println(got[len(got)-1])
}
