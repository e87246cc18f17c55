package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now() // before NewTicker: the third tick is then at least 30ms after start
	t := time.NewTicker(10 * time.Millisecond)
	for i := 1; i <= 3; i++ {
		<-t.C
		fmt.Println("tick", i)
	}
	t.Stop()
	select { // a tick sent before Stop may still be buffered (capacity 1)
	case <-t.C:
	default:
	}
	el := time.Since(start)
	fmt.Println(el >= 30*time.Millisecond, el < time.Second)
	select {
	case <-t.C:
		fmt.Println("tick after stop")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("stopped")
	}
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset tick")
	t.Stop()
	fmt.Println(time.Tick(0) == nil)
}
