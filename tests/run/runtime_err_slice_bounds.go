package main

import "fmt"

// Reslicing past the capacity:
// panic: runtime error: slice bounds out of range [:9] with capacity 8

func grow(s []byte, n int) []byte {
	return s[:n]
}

func main() {
	s := make([]byte, 4, 8)
	fmt.Println(len(s), cap(s))
	for n := 0; n <= 8; n += 2 {
		fmt.Println("reslice to", n, "->", len(grow(s, n)))
	}
	fmt.Println(len(s[2:8]), cap(s[2:8]))
	hi := 9
	fmt.Println(len(grow(s, hi)))
	fmt.Println("not reached")
}
