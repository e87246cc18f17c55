// Valid program: channel types and directions, select, close and range.

package main

import (
	"fmt"
	"time"
)

func producer(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func consumer(in <-chan int, done chan<- int) {
	sum := 0
	for v := range in {
		sum += v
	}
	done <- sum
}

func merge(a, b <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for a != nil || b != nil {
			select {
			case v, ok := <-a:
				if !ok {
					a = nil
					continue
				}
				out <- v
			case v, ok := <-b:
				if !ok {
					b = nil
					continue
				}
				out <- v
			}
		}
	}()
	return out
}

func main() {
	ch := make(chan int)
	done := make(chan int, 1)
	go producer(ch, 5)
	go consumer(ch, done)
	fmt.Println(<-done)
	x, y := make(chan int), make(chan int)
	go producer(x, 2)
	go producer(y, 3)
	total := 0
	for v := range merge(x, y) {
		total += v
	}
	var ro <-chan int = done
	var so chan<- int = done
	so <- total
	fmt.Println(<-ro, len(done), cap(done))
	timeout := time.After(time.Millisecond)
	var nilch chan int
	select {
	case nilch <- 1:
	case <-timeout:
		fmt.Println("timeout")
	}
	chs := []chan bool{make(chan bool, 1)}
	chs[0] <- true
	if v := <-chs[0]; v {
		fmt.Println("ok")
	}
	var cc chan chan int = make(chan chan int, 1)
	cc <- make(chan int)
	_ = <-cc
}
