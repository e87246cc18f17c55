package main

import "fmt"

type msg struct {
	id   int
	text string
}

func main() {
	c := make(chan msg)
	go func() {
		defer close(c)
		for i := 1; i <= 3; i++ {
			c <- msg{i, fmt.Sprint("m", i)}
		}
	}()
	for {
		m, ok := <-c
		if !ok {
			fmt.Println("closed", m.id, m.text == "")
			break
		}
		fmt.Println(m.id, m.text)
	}
	var sends chan<- int = make(chan int, 1)
	sends <- 1
	fmt.Println(len(sends))
	x, ok := <-c
	fmt.Println(x, ok)
}
