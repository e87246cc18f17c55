package main

import "fmt"

func main() {
	s := make([]byte, 4, 8)
	fmt.Println(len(s[2:8]))
	hi := 9
	fmt.Println(len(s[:hi]))
}
