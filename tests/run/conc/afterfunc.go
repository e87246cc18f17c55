package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan string, 3)
	t1 := time.AfterFunc(500*time.Millisecond, func() { done <- "late" })
	time.AfterFunc(10*time.Millisecond, func() { done <- "early" })
	t3 := time.AfterFunc(time.Hour, func() { done <- "never" })
	fmt.Println(t3.Stop(), t3.Stop())
	fmt.Println(<-done)
	fmt.Println(t1.Reset(5 * time.Millisecond))
	fmt.Println(<-done)
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("timer fired", t.Stop())
	var z time.Timer
	defer func() { fmt.Println("recovered:", recover()) }()
	z.Stop()
}
