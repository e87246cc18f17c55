package main

import "fmt"

// The producer forgets to close its channel: the consumer's range loop receives every value
// and then waits forever.

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i * i
	}
	// missing close(c)
}

func main() {
	c := make(chan int, 2)
	go produce(c, 5)
	sum := 0
	for v := range c {
		sum += v
		fmt.Println("got", v, "sum", sum)
	}
	fmt.Println("unreachable", sum)
}
