package main

import (
	"bytes"
	"fmt"
	"sync"
)

// sync.Pool: Get calls New when the pool is empty, Put returns objects for reuse, a nil Put is
// ignored; the buffer-pool pattern gives the same output whether or not an object is reused.

var created int

var bufPool = sync.Pool{
	New: func() any {
		created++
		return new(bytes.Buffer)
	},
}

func render(name string, n int) string {
	b := bufPool.Get().(*bytes.Buffer)
	defer bufPool.Put(b)
	b.Reset()
	fmt.Fprintf(b, "%s:", name)
	for i := 0; i < n; i++ {
		fmt.Fprintf(b, " %d", i*i)
	}
	return b.String()
}

func main() {
	var empty sync.Pool
	fmt.Println("empty pool, no New:", empty.Get())
	empty.Put(nil)
	fmt.Println("after Put(nil):", empty.Get())

	fmt.Println(render("first", 4))
	fmt.Println("created after first:", created)
	for i := 0; i < 3; i++ {
		fmt.Println(render(fmt.Sprint("again", i), i+2))
	}
	fmt.Println("created at least one:", created >= 1)

	var p sync.Pool
	p.New = func() any { return "fresh" }
	fmt.Println("New:", p.Get())
	p.Put("recycled")
	v := p.Get()
	fmt.Println("got recycled or fresh:", v == "recycled" || v == "fresh")

	var wg sync.WaitGroup
	out := make([]string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			out[g] = render(fmt.Sprint("g", g), 3)
		}(g)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
	fmt.Println("created <= 9:", created <= 9)
}
