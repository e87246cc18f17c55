package main

import (
	"fmt"
	"runtime"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.m[k]
	runtime.Gosched()
	c.m[k] = v + 1
}

func main() {
	c := &counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.inc("all")
			if i%2 == 0 {
				c.inc("even")
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.m)
	fmt.Println(c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
}
