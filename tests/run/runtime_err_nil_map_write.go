package main

import "fmt"

type registry struct {
	items map[string]int
}

func main() {
	var r registry
	fmt.Println(len(r.items), r.items["a"])
	r.items["a"] = 1
	fmt.Println("not reached")
}
