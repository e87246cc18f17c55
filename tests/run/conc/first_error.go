package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// An errgroup-like group: run tasks in goroutines, remember the first error, cancel the
// others through a done channel; tasks that see the cancellation stop early.

type group struct {
	wg   sync.WaitGroup
	once sync.Once
	err  error
	done chan struct{}
}

func newGroup() *group { return &group{done: make(chan struct{})} }

func (g *group) Go(f func(done <-chan struct{}) error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(g.done); err != nil {
			g.once.Do(func() {
				g.err = err
				close(g.done)
			})
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	return g.err
}

var errBad = errors.New("bad record")

func main() {
	// No error: all tasks finish.
	g := newGroup()
	var mu sync.Mutex
	var finished []int
	for i := 0; i < 5; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			mu.Lock()
			finished = append(finished, i)
			mu.Unlock()
			return nil
		})
	}
	fmt.Println("err:", g.Wait())
	sort.Ints(finished)
	fmt.Println("finished:", finished)

	// Task 3 fails; the others block until cancelled, and report it.
	g = newGroup()
	cancelled := make([]bool, 6)
	for i := 0; i < 6; i++ {
		i := i
		g.Go(func(done <-chan struct{}) error {
			if i == 3 {
				return fmt.Errorf("task %d: %w", i, errBad)
			}
			<-done
			cancelled[i] = true
			return errors.New("cancelled")
		})
	}
	err := g.Wait()
	fmt.Println("err:", err, errors.Is(err, errBad))
	fmt.Println("cancelled:", cancelled)
}
