// map benchmark: map[int]int and map[string]int through rounds of inserts, lookups (hits and
// misses), deletes and iteration, the operations Go programs spend their map time in. Keys come
// from the benchmark-game LCG; string keys are built once (the map, not string building, is
// measured). Iteration order is random in Go, so only order-independent sums are printed.
// usage: map_bench [N]  (default 100000 keys; 10 rounds)
package main

import (
	"fmt"
	"os"
	"strconv"
)

var seed uint32 = 42

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

// intRound inserts n keys drawn from [0, 4n), looks up 2n keys (about half hit), deletes every
// key divisible by 3, iterates, and returns a checksum of what it saw.
func intRound(n int) uint64 {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		k := int(next()) % (4 * n)
		m[k] += i
	}
	var sum uint64
	for i := 0; i < 2*n; i++ {
		k := int(next()) % (4 * n)
		if v, ok := m[k]; ok {
			sum += uint64(v)
		} else {
			sum++
		}
	}
	for k := range m {
		if k%3 == 0 {
			delete(m, k)
		}
	}
	for k, v := range m {
		sum += uint64(k) ^ uint64(v)
	}
	return sum + uint64(len(m))
}

// stringRound does the same with string keys taken from keys, plus a map[string]int that is
// grown without a size hint and then cleared key by key.
func stringRound(keys []string) uint64 {
	n := len(keys)
	m := make(map[string]int)
	for i := 0; i < n; i++ {
		m[keys[int(next())%n]]++
	}
	var sum uint64
	for i := 0; i < 2*n; i++ {
		k := keys[int(next())%n]
		sum += uint64(m[k])
	}
	for k, v := range m {
		if v > 1 {
			delete(m, k)
		}
	}
	for k, v := range m {
		sum += uint64(len(k)) * uint64(v)
	}
	small := make(map[string]int, 8)
	for i := 0; i < n/4; i++ {
		small[keys[i]] = i
	}
	for i := 0; i < n/4; i++ {
		delete(small, keys[i])
	}
	return sum + uint64(len(m)) + uint64(len(small))
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key-" + strconv.Itoa(int(next())%(2*n)) + "-" + strconv.Itoa(i%7)
	}
	var isum, ssum uint64
	for round := 0; round < 10; round++ {
		isum += intRound(n)
		ssum += stringRound(keys)
	}
	fmt.Println("int keys:", isum)
	fmt.Println("string keys:", ssum)
}
