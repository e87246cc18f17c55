package main

import "fmt"

func main() {
	var d int8
	x := int8(7)
	defer fmt.Println("deferred print runs before the crash report")
	fmt.Println(x % d)
}
