package main

import "fmt"

// Receiving from a nil channel blocks forever; with nothing else to run, gc reports a
// deadlock and names the state "chan receive (nil chan)".

type server struct {
	requests chan string // never made
}

func main() {
	s := &server{}
	fmt.Println("requests is nil:", s.requests == nil)
	msg := <-s.requests
	fmt.Println("unreachable", msg)
}
