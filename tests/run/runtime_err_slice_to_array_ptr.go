package main

import "fmt"

// Converting a slice to an array pointer longer than the slice (Go 1.17+):
// panic: runtime error: cannot convert slice with length 6 to pointer to array with length 8

func first4(s []byte) *[4]byte { return (*[4]byte)(s) }

func main() {
	s := []byte("abcdef")
	p := first4(s)
	p[0] = 'A'
	fmt.Println(string(s), len(p))
	var empty []int
	z := (*[0]int)(empty)
	fmt.Println(z == nil)
	tail := (*[2]byte)(s[4:])
	tail[1] = 'F'
	fmt.Println(string(s))
	q := (*[8]byte)(s)
	fmt.Println(q)
	fmt.Println("not reached")
}
