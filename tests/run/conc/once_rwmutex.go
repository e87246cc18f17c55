package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	var wg sync.WaitGroup
	calls := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { calls++ })
		}()
	}
	wg.Wait()
	fmt.Println("once calls:", calls)

	var rw sync.RWMutex
	data := map[int]int{}
	var wg2 sync.WaitGroup
	for w := 0; w < 5; w++ {
		wg2.Add(1)
		go func(w int) {
			defer wg2.Done()
			rw.Lock()
			data[w] = w * w
			rw.Unlock()
		}(w)
	}
	wg2.Wait()
	sum := 0
	for r := 0; r < 5; r++ {
		wg2.Add(1)
		go func(r int) {
			defer wg2.Done()
			rw.RLock()
			v := data[r]
			rw.RUnlock()
			rw.Lock()
			sum += v
			rw.Unlock()
		}(r)
	}
	wg2.Wait()
	fmt.Println("sum:", sum)
	l := rw.RLocker()
	l.Lock()
	fmt.Println(rw.TryLock())
	l.Unlock()
	fmt.Println(rw.TryLock())
}
