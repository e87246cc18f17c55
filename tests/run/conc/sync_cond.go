package main

import (
	"fmt"
	"sync"
)

// sync.Cond: a bounded queue whose producers wait while it is full and consumers while it is
// empty (Wait in a loop, Signal after each change), then a start barrier released with
// Broadcast.

type queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	max      int
	waits    int
}

func newQueue(max int) *queue {
	q := &queue{max: max}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	for len(q.items) == q.max {
		q.waits++
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *queue) get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	if len(q.items) > q.max {
		panic("overfull")
	}
	q.notFull.Signal()
	return v
}

func main() {
	q := newQueue(2)
	var wg sync.WaitGroup
	for p := 0; p < 3; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				q.put(p*100 + i)
			}
		}(p)
	}
	sums := make(chan int)
	for c := 0; c < 2; c++ {
		go func() {
			s := 0
			for i := 0; i < 15; i++ {
				s += q.get()
			}
			sums <- s
		}()
	}
	total := <-sums + <-sums
	wg.Wait()
	fmt.Println("total", total, "left", len(q.items))

	// A start barrier: workers wait until main broadcasts "go".
	var mu sync.Mutex
	start := sync.NewCond(&mu)
	started := false
	ready := 0
	allReady := sync.NewCond(&mu)
	results := make(chan int, 5)
	for w := 0; w < 5; w++ {
		go func(w int) {
			mu.Lock()
			ready++
			allReady.Signal()
			for !started {
				start.Wait()
			}
			mu.Unlock()
			results <- w * w
		}(w)
	}
	mu.Lock()
	for ready < 5 {
		allReady.Wait()
	}
	fmt.Println("all 5 waiting; broadcasting")
	started = true
	start.Broadcast()
	mu.Unlock()
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-results
	}
	fmt.Println("sum of squares", sum)

	// Signal and Broadcast with no waiters do nothing.
	c := sync.NewCond(&sync.Mutex{})
	c.Signal()
	c.Broadcast()
	fmt.Println("no waiters: ok")

	// A Cond whose L is the read side of an RWMutex.
	var rw sync.RWMutex
	rc := sync.NewCond(rw.RLocker())
	flag := false
	done := make(chan bool)
	go func() {
		rw.RLock()
		for !flag {
			rc.Wait()
		}
		rw.RUnlock()
		done <- true
	}()
	rw.Lock()
	flag = true
	rw.Unlock()
	rc.Broadcast()
	fmt.Println("reader woke:", <-done)

	// Copying a Cond after use panics.
	defer func() { fmt.Println("recovered:", recover()) }()
	c2 := *c
	c2.Signal()
}
