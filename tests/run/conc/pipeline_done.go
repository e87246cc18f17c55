package main

import (
	"fmt"
	"sync"
)

// A three-stage pipeline (generate -> square -> keep odd) cancelled through a done channel:
// the consumer takes what it needs and closes done; every stage then returns, which the
// WaitGroup confirms (no goroutine is left blocked on a send).

var stages sync.WaitGroup

func gen(done <-chan struct{}) <-chan int {
	out := make(chan int)
	stages.Add(1)
	go func() {
		defer stages.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	stages.Add(1)
	go func() {
		defer stages.Done()
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func odd(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	stages.Add(1)
	go func() {
		defer stages.Done()
		defer close(out)
		for v := range in {
			if v%2 == 0 {
				continue
			}
			select {
			case out <- v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	for _, want := range []int{1, 5, 12} {
		done := make(chan struct{})
		c := odd(done, square(done, gen(done)))
		var got []int
		for v := range c {
			got = append(got, v)
			if len(got) == want {
				break
			}
		}
		close(done)
		stages.Wait()
		fmt.Println(want, got)
	}
	fmt.Println("all stages returned")
}
