package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name+":", err.Error())
			return
		}
		fmt.Println(name+":", r)
	}()
	f()
}

func main() {
	c := make(chan int, 1)
	close(c)
	try("send", func() { c <- 1 })
	try("close again", func() { close(c) })
	var nilc chan int
	try("close nil", func() { close(nilc) })
	n := -1
	try("makechan", func() { _ = make(chan int, n) })
	v, ok := <-c
	fmt.Println(v, ok)
	try("select send", func() {
		select {
		case c <- 2:
		default:
			fmt.Println("default")
		}
	})
}
