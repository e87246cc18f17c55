// hello world: the binary-size and compile-time baseline of run.py (not a run-time benchmark).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
