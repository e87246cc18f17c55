// runtime.GC, runtime.ReadMemStats and runtime.KeepAlive as a program sees them; the expected
// output (gc_memstats.out) comes from Go 1.19.
package main

import (
	"fmt"
	"runtime"
)

type big struct {
	next *big
	data [100]int
}

var keep, sink *big

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := &big{}
		sink = b
		b.data[i%100] = i
		s += b.data[i%100]
	}
	return s
}

func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < 1000; i++ {
		keep = &big{next: keep}
	}
	fmt.Println("churn:", churn(200000))
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC grew:", after.NumGC > before.NumGC)
	fmt.Println("NumForcedGC:", after.NumForcedGC-before.NumForcedGC)
	fmt.Println("Mallocs grew by at least 200000:", after.Mallocs-before.Mallocs >= 200000)
	fmt.Println("Frees grew by at least 100000:", after.Frees-before.Frees >= 100000)
	fmt.Println("HeapObjects == Mallocs-Frees:", after.HeapObjects == after.Mallocs-after.Frees)
	fmt.Println("HeapAlloc == Alloc:", after.HeapAlloc == after.Alloc)
	fmt.Println("live heap under 8 MiB:", after.HeapAlloc < 8<<20)
	fmt.Println("HeapAlloc holds the kept list:", after.HeapAlloc >= 1000*808)
	fmt.Println("HeapSys >= HeapInuse:", after.HeapSys >= after.HeapInuse)
	fmt.Println("PauseTotalNs > 0:", after.PauseTotalNs > 0)
	fmt.Println("last pause recorded:", after.PauseNs[(after.NumGC+255)%256] > 0)
	fmt.Println("TotalAlloc >= 160 MB:", after.TotalAlloc >= 160e6)
	n := 0
	for p := keep; p != nil; p = p.next {
		n++
	}
	fmt.Println("kept:", n)
	x := new(int)
	*x = 7
	runtime.GC()
	runtime.KeepAlive(x)
	fmt.Println("after KeepAlive:", *x)
}
