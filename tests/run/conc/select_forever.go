package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() { fmt.Println("side"); done <- true }()
	<-done
	fmt.Println("main blocks")
	select {}
}
