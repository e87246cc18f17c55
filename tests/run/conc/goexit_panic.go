// A panic in a deferred call run by runtime.Goexit, not recovered: the program dies with it
// (the Goexit itself is not printed).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	done := make(chan bool) // never closed: the panic ends the program
	go func() {
		defer panic(fmt.Sprint("deferred panic ", 42))
		defer fmt.Println("first deferred call")
		runtime.Goexit()
	}()
	<-done
	fmt.Println("not reached")
}
