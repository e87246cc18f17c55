package main

import (
	"fmt"
	"sync"
)

type adder struct{ base int }

func (a adder) add(x int, out chan<- int) { out <- a.base + x }

func (a *adder) addp(x int, out chan<- int) { out <- a.base * x }

type doer interface{ add(int, chan<- int) }

func plain(x int, out chan<- int) { out <- -x }

func main() {
	out := make(chan int, 10)
	a := adder{10}
	go plain(1, out)
	go a.add(2, out)
	go (&a).addp(3, out)
	f := a.add
	go f(4, out)
	var d doer = a
	go d.add(5, out)
	x := 6
	go func() { out <- x * 100 }()
	go func(y int) { out <- y * 1000 }(7)
	var wg sync.WaitGroup
	wg.Add(1)
	go wg.Done()
	wg.Wait()
	sum := 0
	for i := 0; i < 7; i++ {
		sum += <-out
	}
	fmt.Println(sum)
}
