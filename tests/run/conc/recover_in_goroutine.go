package main

import (
	"errors"
	"fmt"
)

func safe(id int, out chan<- string) {
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprint("worker ", id, " recovered: ", r)
			return
		}
		out <- fmt.Sprint("worker ", id, " ok")
	}()
	if id%2 == 1 {
		panic(errors.New("odd"))
	}
	if id == 2 {
		var m map[string]int
		m["x"] = 1
	}
}

func main() {
	out := make(chan string)
	for i := 0; i < 4; i++ {
		go safe(i, out)
		fmt.Println(<-out)
	}
}
