package main

import "fmt"

// Reading a nil map is fine; writing to it ends the program:
// panic: assignment to entry in nil map

type registry struct {
	items map[string]int
}

func (r *registry) count(k string) int { return r.items[k] }

func main() {
	var r registry
	fmt.Println(len(r.items), r.items["a"], r.count("b"))
	for k, v := range r.items {
		fmt.Println("never", k, v)
	}
	delete(r.items, "a")
	r.items["a"] = 1
	fmt.Println("not reached")
}
