package main

import (
	"fmt"
	"sort"
	"sync"
)

// sync.Map: Load/Store/LoadOrStore/LoadAndDelete/Delete/Range, used from many goroutines at
// once; Range's output is sorted before printing (its order is unspecified).

func dump(m *sync.Map) string {
	var items []string
	m.Range(func(k, v any) bool {
		items = append(items, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(items)
	return fmt.Sprint(items)
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println("load missing:", v, ok)
	m.Store("a", 1)
	m.Store("b", "two")
	m.Store(3, []int{3})
	m.Store("a", 10) // overwrite
	v, ok = m.Load("a")
	fmt.Println("load a:", v, ok)
	fmt.Println(dump(&m))

	act, loaded := m.LoadOrStore("b", "ignored")
	fmt.Println("LoadOrStore b:", act, loaded)
	act, loaded = m.LoadOrStore("c", 3.5)
	fmt.Println("LoadOrStore c:", act, loaded)

	v, loaded = m.LoadAndDelete("b")
	fmt.Println("LoadAndDelete b:", v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println("again:", v, loaded)
	m.Delete(3)
	m.Delete("never there")
	fmt.Println(dump(&m))

	// nil values are values.
	m.Store("nil", nil)
	v, ok = m.Load("nil")
	fmt.Println("nil value:", v, ok)

	// Range stops when f returns false.
	calls := 0
	m.Range(func(k, v any) bool { calls++; return false })
	fmt.Println("range calls:", calls)

	// f may modify the map.
	m.Range(func(k, v any) bool {
		m.Delete(k)
		return true
	})
	fmt.Println("after deleting in Range:", dump(&m))

	// Concurrent use: each key is claimed exactly once with LoadOrStore.
	var claims sync.Map
	var wg sync.WaitGroup
	won := make([]int, 6)
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 50; k++ {
				if _, loaded := claims.LoadOrStore(k, g); !loaded {
					won[g]++
				}
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, w := range won {
		total += w
	}
	n := 0
	claims.Range(func(k, v any) bool { n++; return true })
	fmt.Println("claimed", total, "keys, map holds", n)

	type key struct{ a, b int }
	var sm sync.Map
	sm.Store(key{1, 2}, "struct key")
	v, ok = sm.Load(key{1, 2})
	fmt.Println(v, ok)

	defer func() { fmt.Println("recovered:", recover()) }()
	sm.Store([]int{1}, "unhashable")
}
