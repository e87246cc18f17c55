package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("ok so far")
	defer func() { fmt.Println("recover cannot stop it:", recover()) }()
	mu.Unlock()
}
