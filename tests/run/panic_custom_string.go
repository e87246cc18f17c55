package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2 sees no recover")
	}()
	panic("something bad happened")
}
