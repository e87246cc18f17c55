// timers_afterfunc: N timers (default 1,000,000) created with time.AfterFunc at pseudo-random
// deadlines within 1 s; each callback counts, the last one ends the program. Measures the cost
// of creating a timer and how late the last one fires after the last deadline (the harness adds
// wall time, CPU time and peak RSS). Usage: timers_afterfunc [N]
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync/atomic"
	"time"
)

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var fired int64
	done := make(chan bool)
	f := func() {
		if atomic.AddInt64(&fired, 1) == int64(n) {
			close(done)
		}
	}
	seed := uint64(88172645463325252)
	var latest time.Duration
	start := time.Now()
	for i := 0; i < n; i++ {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		d := time.Duration(seed % uint64(time.Second))
		if d > latest {
			latest = d
		}
		time.AfterFunc(d, f)
	}
	created := time.Since(start)
	<-done
	all := time.Since(start)
	fmt.Println("fired", atomic.LoadInt64(&fired), "of", n)
	fmt.Fprintf(os.Stderr, "bench: create_ns=%.1f late_ms=%.2f\n",
		float64(created.Nanoseconds())/float64(n), float64((all-latest).Microseconds())/1000)
}
