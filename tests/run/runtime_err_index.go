package main

import "fmt"

// Indexing a slice past its length:
// panic: runtime error: index out of range [5] with length 3

func at(s []int, i int) int { return s[i] }

func main() {
	s := []int{1, 2, 3}
	fmt.Println("before")
	total := 0
	for i := range s {
		total += at(s, i)
	}
	fmt.Println("total", total)
	i := 5
	fmt.Println(at(s, i))
	fmt.Println("not reached")
}
