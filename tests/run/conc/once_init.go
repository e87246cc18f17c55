package main

import (
	"fmt"
	"sync"
)

// sync.Once: many goroutines race to initialise a value, exactly one runs the function and
// all see its result; a panicking function still counts as done.

type config struct {
	name  string
	items []int
}

var (
	once  sync.Once
	cfg   *config
	calls int
)

func load() {
	calls++
	cfg = &config{name: "loaded", items: []int{1, 2, 3}}
}

func get() *config {
	once.Do(load)
	return cfg
}

func main() {
	var wg sync.WaitGroup
	results := make([]string, 20)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c := get()
			results[i] = fmt.Sprint(c.name, len(c.items))
		}(i)
	}
	wg.Wait()
	same := true
	for _, r := range results {
		same = same && r == results[0]
	}
	fmt.Println("calls:", calls, "all saw", results[0], same)

	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("init failed") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// Do inside Do on a different Once is fine.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner ran inside outer") })
	})
	inner.Do(func() { fmt.Println("inner ran twice") })
	fmt.Println("done")
}
