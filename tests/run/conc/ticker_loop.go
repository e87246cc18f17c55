package main

import (
	"fmt"
	"time"
)

// A ticker-driven loop: do one step per tick until the work is done, then stop the ticker;
// a quit channel ends a second ticker loop running in a goroutine. Only counts are printed.

func main() {
	start := time.Now() // before the ticker, so that its 5th tick is >= 10ms after start
	t := time.NewTicker(2 * time.Millisecond)
	steps := 0
	for range t.C {
		steps++
		fmt.Println("step", steps)
		if steps == 5 {
			t.Stop()
			break
		}
	}
	el := time.Since(start)
	fmt.Println("5 ticks took >= 10ms:", el >= 10*time.Millisecond)

	quit := make(chan struct{})
	reached := make(chan struct{})
	counted := make(chan int)
	go func() {
		tk := time.NewTicker(time.Millisecond)
		defer tk.Stop()
		n := 0
		for {
			select {
			case <-tk.C:
				n++
				if n == 3 {
					close(reached)
				}
			case <-quit:
				counted <- n
				return
			}
		}
	}()
	<-reached
	close(quit)
	n := <-counted
	fmt.Println("background ticks >= 3:", n >= 3)

	// Reset changes the period of a running ticker.
	r := time.NewTicker(time.Hour)
	r.Reset(time.Millisecond)
	<-r.C
	<-r.C
	r.Stop()
	fmt.Println("reset ticker ticked twice")
}
