package main

import (
	"fmt"
	"sync"
)

// Locking a sync.Mutex the same goroutine already holds (Go mutexes are not reentrant) blocks
// forever; with every goroutine asleep gc reports a deadlock.

type registry struct {
	mu    sync.Mutex
	names []string
}

func (r *registry) add(n string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.names = append(r.names, n)
	if len(r.names) == 2 {
		r.log() // takes the lock again
	}
}

func (r *registry) log() {
	r.mu.Lock()
	defer r.mu.Unlock()
	fmt.Println("names:", r.names)
}

func main() {
	r := &registry{}
	r.add("first")
	fmt.Println("added first")
	r.add("second")
	fmt.Println("unreachable")
}
