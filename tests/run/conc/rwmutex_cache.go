package main

import (
	"fmt"
	"sort"
	"sync"
)

// A cache behind a sync.RWMutex: many readers at once, writers alone. Readers verify that a
// writer never runs while they hold the read lock, writers that nobody else is inside.

type cache struct {
	mu      sync.RWMutex
	data    map[string]int
	readers int // inside the read lock (guarded by stateMu)
	writers int
	stateMu sync.Mutex
	bad     int
}

func (c *cache) enter(write bool) {
	c.stateMu.Lock()
	if write {
		c.writers++
		if c.writers != 1 || c.readers != 0 {
			c.bad++
		}
	} else {
		c.readers++
		if c.writers != 0 {
			c.bad++
		}
	}
	c.stateMu.Unlock()
}

func (c *cache) leave(write bool) {
	c.stateMu.Lock()
	if write {
		c.writers--
	} else {
		c.readers--
	}
	c.stateMu.Unlock()
}

func (c *cache) get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	c.enter(false)
	defer c.leave(false)
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) set(k string, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.enter(true)
	defer c.leave(true)
	c.data[k] = v
}

func main() {
	c := &cache{data: map[string]int{}}
	keys := []string{"a", "b", "c", "d"}
	var wg sync.WaitGroup
	var hitsMu sync.Mutex
	hits, misses := 0, 0
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.set(keys[(i+w)%len(keys)], i*10+w)
			}
		}(w)
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			h, m := 0, 0
			for i := 0; i < 100; i++ {
				if _, ok := c.get(keys[(i*r)%len(keys)]); ok {
					h++
				} else {
					m++
				}
			}
			hitsMu.Lock()
			hits += h
			misses += m
			hitsMu.Unlock()
		}(r)
	}
	wg.Wait()
	fmt.Println("lookups:", hits+misses, "violations:", c.bad)
	var ks []string
	for k := range c.data {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	fmt.Println("keys:", ks)

	// RLocker gives the read side as a sync.Locker.
	l := c.mu.RLocker()
	l.Lock()
	fmt.Println("TryLock while read-locked:", c.mu.TryLock())
	fmt.Println("TryRLock while read-locked:", c.mu.TryRLock())
	c.mu.RUnlock()
	l.Unlock()
	fmt.Println("TryLock when free:", c.mu.TryLock())
	c.mu.Unlock()
}
