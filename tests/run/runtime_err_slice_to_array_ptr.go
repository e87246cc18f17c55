package main

import "fmt"

func main() {
	s := []byte("abcdef")
	p := (*[4]byte)(s)
	p[0] = 'A'
	fmt.Println(string(s), len(p))
	q := (*[8]byte)(s)
	fmt.Println(q)
}
