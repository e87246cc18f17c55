package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	m := map[float64]int{}
	nan := math.NaN()
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	fmt.Println("len after 3 NaN writes:", len(m))
	_, ok := m[nan]
	fmt.Println("lookup NaN finds:", ok)
	m[1.5] = 10
	m[math.Inf(1)] = 20
	negz := math.Copysign(0, -1)
	m[0] = 30
	m[negz] = 40
	fmt.Println("0 and -0 same key:", m[0], len(m))
	delete(m, nan)
	fmt.Println("len after delete(NaN):", len(m))
	nanCount := 0
	var others []float64
	sum := 0
	for k, v := range m {
		sum += v
		if k != k {
			nanCount++
		} else {
			others = append(others, k)
		}
	}
	sort.Float64s(others)
	fmt.Println("NaN keys:", nanCount, "others:", others, "sum:", sum)
	for k := range m {
		if math.IsNaN(k) {
			delete(m, k)
		}
	}
	fmt.Println("after deleting in range:", len(m))
	mi := map[interface{}]int{}
	mi[nan] = 1
	mi[nan] = 2
	fmt.Println("interface NaN keys:", len(mi))
}
