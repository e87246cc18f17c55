package main

import (
	"fmt"
	"sync"
)

// Accounts protected by one sync.Mutex: concurrent transfers never lose or create money,
// and a Mutex-protected counter counts every transfer exactly once.

type bank struct {
	mu        sync.Mutex
	balance   []int
	transfers int
	refused   int
}

func (b *bank) transfer(from, to, amount int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.balance[from] < amount {
		b.refused++
		return
	}
	b.balance[from] -= amount
	b.balance[to] += amount
	b.transfers++
}

func (b *bank) total() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	t := 0
	for _, v := range b.balance {
		t += v
	}
	return t
}

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	c.n[k]++
	c.mu.Unlock()
}

func main() {
	b := &bank{balance: []int{1000, 1000, 1000, 1000, 1000}}
	c := &counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 10; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				from := (g + i) % 5
				to := (g + 2*i + 1) % 5
				if from == to {
					to = (to + 1) % 5
				}
				b.transfer(from, to, (g*7+i*13)%50+1)
				c.inc([]string{"even", "odd"}[i%2])
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total:", b.total())
	fmt.Println("attempts:", b.transfers+b.refused)
	fmt.Println("counts:", c.n)
	if !b.mu.TryLock() {
		fmt.Println("unexpected: locked")
	}
	fmt.Println("TryLock on a held mutex:", b.mu.TryLock())
	b.mu.Unlock()
}
