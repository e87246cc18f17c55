// timers_stop_reset: P timers (default 100,000) pending at deadlines between 1 and 2 hours,
// then N Stop/Reset pairs (default 1,000,000) on pseudo-random ones of them, each Reset to a new
// deadline in the same range; nothing fires. Measures ns per pair.
// Usage: timers_stop_reset [N [P]]
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func main() {
	n, p := 1000000, 100000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	if len(os.Args) > 2 {
		p, _ = strconv.Atoi(os.Args[2])
	}
	seed := uint64(88172645463325252)
	next := func() uint64 {
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return seed
	}
	f := func() { panic("fired") }
	timers := make([]*time.Timer, p)
	for i := range timers {
		timers[i] = time.AfterFunc(time.Hour+time.Duration(next()%uint64(time.Hour)), f)
	}
	stopped, active := 0, 0
	start := time.Now()
	for i := 0; i < n; i++ {
		t := timers[next()%uint64(p)]
		if t.Stop() {
			stopped++
		}
		if t.Reset(time.Hour + time.Duration(next()%uint64(time.Hour))) {
			active++
		}
	}
	el := time.Since(start)
	fmt.Println("pairs", n, "stopped", stopped, "reset active", active)
	fmt.Fprintf(os.Stderr, "bench: ns_per_pair=%.1f\n", float64(el.Nanoseconds())/float64(n))
}
