package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	fmt.Println(len(c))
	close(c)
	for s := range c {
		fmt.Print(s, " ")
	}
	fmt.Println()
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	type big struct {
		a [10]int
		s string
	}
	bc := make(chan big, 2)
	bc <- big{[10]int{9: 7}, "x"}
	b := <-bc
	fmt.Println(b.a[9], b.s)
	zc := make(chan struct{}, 2)
	zc <- struct{}{}
	fmt.Println(len(zc))
}
