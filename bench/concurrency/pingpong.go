// pingpong: two goroutines pass a counter back and forth over two unbuffered channels N times
// (default 1,000,000 round trips). Measures ns per round trip (two hand-offs).
// Usage: pingpong [N]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	start := time.Now()
	v := 0
	for i := 0; i < n; i++ {
		ping <- v
		v = <-pong
	}
	el := time.Since(start)
	close(ping)
	<-pong
	fmt.Println("round trips", v)
	fmt.Fprintf(os.Stderr, "bench: ns_per_round_trip=%.1f\n", float64(el.Nanoseconds())/float64(n))
}
