package main

import "fmt"

// Closing a buffered channel keeps its values: receivers drain them, then get the zero value
// with ok == false; len shrinks as they drain, cap stays.

func main() {
	c := make(chan string, 5)
	for _, s := range []string{"a", "b", "c", "d"} {
		c <- s
	}
	close(c)
	fmt.Println("len", len(c), "cap", cap(c))
	v, ok := <-c
	fmt.Printf("%q %v len %d\n", v, ok, len(c))
	for s := range c {
		fmt.Println("drained", s, "len now", len(c))
	}
	v, ok = <-c
	fmt.Printf("after drain: %q %v\n", v, ok)
	v, ok = <-c
	fmt.Printf("again: %q %v len %d cap %d\n", v, ok, len(c), cap(c))

	// Several consumers drain one closed channel; each value is received exactly once.
	nums := make(chan int, 100)
	for i := 1; i <= 100; i++ {
		nums <- i
	}
	close(nums)
	sums := make(chan int)
	for w := 0; w < 4; w++ {
		go func() {
			s := 0
			for v := range nums {
				s += v
			}
			sums <- s
		}()
	}
	total := 0
	for w := 0; w < 4; w++ {
		total += <-sums
	}
	fmt.Println("total", total)

	// A closed unbuffered channel releases every blocked receiver at once.
	gate := make(chan struct{})
	out := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			_, ok := <-gate
			if !ok {
				out <- i
			}
		}(i)
	}
	close(gate)
	seen := [3]bool{}
	for i := 0; i < 3; i++ {
		seen[<-out] = true
	}
	fmt.Println("released", seen)

	// select on a closed channel is always ready.
	n := 0
	for i := 0; i < 10; i++ {
		select {
		case _, ok := <-gate:
			if !ok {
				n++
			}
		default:
		}
	}
	fmt.Println("closed ready", n, "of 10")
}
