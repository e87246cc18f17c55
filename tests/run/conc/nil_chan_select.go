package main

import "fmt"

// A nil channel blocks forever, so setting a select case's channel to nil disables that case:
// merge two streams of different lengths, then stop listening to each one as it closes.

func stream(prefix string, n int) chan string {
	c := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			c <- fmt.Sprint(prefix, i)
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := stream("a", 3), stream("b", 6)
	na, nb := 0, 0
	lastA, lastB := "", ""
	closedA, closedB := -1, -1 // which stream closes first depends on scheduling: not printed
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				closedA = na
				a = nil
				continue
			}
			na++
			lastA = v
		case v, ok := <-b:
			if !ok {
				closedB = nb
				b = nil
				continue
			}
			nb++
			lastB = v
		}
	}
	fmt.Println("a closed after", closedA, "b closed after", closedB)
	fmt.Println("last:", lastA, lastB)

	// Sends on a nil channel are never chosen either; only the default runs.
	var nilc chan int
	for i := 0; i < 3; i++ {
		select {
		case nilc <- i:
			fmt.Println("sent on nil?!")
		case v := <-nilc:
			fmt.Println("received from nil?!", v)
		default:
			fmt.Println("default", i)
		}
	}

	// Enabling a send case only when there is something to send.
	out := make(chan int, 2)
	pending := []int{10, 20, 30, 40}
	var got []int
	for len(pending) > 0 || len(got) < 4 {
		var sendc chan int
		var next int
		if len(pending) > 0 {
			sendc, next = out, pending[0]
		}
		select {
		case sendc <- next:
			pending = pending[1:]
		case v := <-out:
			got = append(got, v)
		}
	}
	fmt.Println("got", got)
	fmt.Println("len(nil)", len(nilc), "cap(nil)", cap(nilc))
}
