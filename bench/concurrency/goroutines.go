// goroutines: starts N goroutines (default 100,000) that each check in and block on a channel
// until all have, then lets them finish and waits for them. Measures ns per goroutine (start, block,
// wake, finish); the harness adds peak RSS (all N alive at once). Usage: goroutines [N]
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func main() {
	n := 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	release := make(chan struct{})
	var ready, wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	start := time.Now()
	ready.Add(n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(i int) {
			ready.Done()
			<-release
			mu.Lock()
			sum += i
			mu.Unlock()
			wg.Done()
		}(i)
	}
	ready.Wait()
	alive := runtime.NumGoroutine()
	close(release)
	wg.Wait()
	el := time.Since(start)
	fmt.Println("goroutines", n, "alive at once", alive-1, "sum", sum)
	fmt.Fprintf(os.Stderr, "bench: ns_per_goroutine=%.1f\n", float64(el.Nanoseconds())/float64(n))
}
