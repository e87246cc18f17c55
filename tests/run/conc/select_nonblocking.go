package main

import "fmt"

func main() {
	c := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full at", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	var nilc chan int
	select {
	case nilc <- 1:
		fmt.Println("sent on nil")
	case <-nilc:
		fmt.Println("received from nil")
	default:
		fmt.Println("nil channels never ready")
	}
	counts := [2]int{}
	a, b := make(chan int, 1000), make(chan int, 1000)
	for i := 0; i < 1000; i++ {
		a <- i
		b <- i
	}
	for i := 0; i < 1000; i++ {
		select {
		case <-a:
			counts[0]++
		case <-b:
			counts[1]++
		}
	}
	fmt.Println(counts[0] > 350, counts[1] > 350, counts[0]+counts[1])
}
