package main

import (
	"errors"
	"fmt"
)

// Producer/consumer with context-like cancellation: a tiny canceller (done channel + reason)
// stops producers blocked on sends; every producer reports why it stopped.

type canceller struct {
	done chan struct{}
	err  error
}

func newCanceller() *canceller { return &canceller{done: make(chan struct{})} }

func (c *canceller) cancel(err error) {
	select {
	case <-c.done:
		return // already cancelled: keep the first reason
	default:
	}
	c.err = err
	close(c.done)
}

func (c *canceller) Done() <-chan struct{} { return c.done }
func (c *canceller) Err() error            { return c.err }

var errEnough = errors.New("consumer has enough")

func producer(ctx *canceller, id int, out chan<- int, report chan<- string) {
	sent := 0
	for i := 0; ; i++ {
		select {
		case out <- id*1000 + i:
			sent++
		case <-ctx.Done():
			report <- fmt.Sprintf("producer %d stopped: %v", id, ctx.Err())
			return
		}
	}
}

func main() {
	ctx := newCanceller()
	items := make(chan int)
	report := make(chan string)
	for id := 1; id <= 3; id++ {
		go producer(ctx, id, items, report)
	}
	sum, n := 0, 0
	for v := range items {
		if v%1000 >= 0 {
			sum++
		}
		n++
		if n == 50 {
			break
		}
	}
	ctx.cancel(errEnough)
	ctx.cancel(errors.New("second reason is ignored"))
	stopped := map[string]bool{}
	for i := 0; i < 3; i++ {
		stopped[<-report] = true
	}
	fmt.Println("consumed", n, "items", sum)
	for id := 1; id <= 3; id++ {
		fmt.Println(stopped[fmt.Sprintf("producer %d stopped: %v", id, errEnough)])
	}
	fmt.Println("err:", ctx.Err(), errors.Is(ctx.Err(), errEnough))
}
