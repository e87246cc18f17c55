package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	for _, d := range []int{75, 25, 125, 50, 100} {
		go func(d int) {
			time.Sleep(time.Duration(d) * time.Millisecond)
			out <- d
		}(d)
	}
	for i := 0; i < 5; i++ {
		fmt.Print(<-out, " ")
	}
	fmt.Println()
	start := time.Now()
	time.Sleep(15 * time.Millisecond)
	fmt.Println(time.Since(start) >= 15*time.Millisecond)
}
