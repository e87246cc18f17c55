package main

import "fmt"

// A runtime error in a goroutine ends the whole program with gc's report and exit code 2,
// even though main itself is fine (blocked on a channel).

func worker(data []int, idx []int, out chan<- int) {
	s := 0
	for _, i := range idx {
		s += data[i]
		fmt.Println("read index", i)
	}
	out <- s
}

func main() {
	out := make(chan int)
	go worker([]int{10, 20, 30}, []int{0, 2, 5}, out)
	fmt.Println("sum", <-out)
}
