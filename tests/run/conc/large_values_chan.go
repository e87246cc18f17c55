// Large values (structs and arrays of hundreds of bytes and more) through channels, select,
// go statements and deferred calls.
package main

import (
	"fmt"
	"sync"
)

type Block struct {
	id   int
	data [64]int64 // 512 bytes
	tag  string
}

type Huge struct {
	id   int
	data [7000]int64 // 56 KB: channel elements must stay under 64 KB
}

func fill(id int) Block {
	var b Block
	b.id = id
	for i := range b.data {
		b.data[i] = int64(id * i)
	}
	b.tag = fmt.Sprint("block", id)
	return b
}

func (b Block) total() int64 {
	var s int64
	for _, v := range b.data {
		s += v
	}
	return s
}

func worker(in Block, out chan<- Block, wg *sync.WaitGroup) {
	defer wg.Done()
	in.tag += "-done"
	in.data[0] = -1
	out <- in
}

func main() {
	ch := make(chan Block, 4)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		b := fill(i)
		wg.Add(1)
		go worker(b, ch, &wg)
		b.tag = "changed after go" // the goroutine has its own copy
	}
	wg.Wait()
	close(ch)
	var got []Block
	for b := range ch {
		got = append(got, b)
	}
	for i := 0; i < len(got); i++ {
		for j := i + 1; j < len(got); j++ {
			if got[j].id < got[i].id {
				got[i], got[j] = got[j], got[i]
			}
		}
	}
	for _, b := range got {
		fmt.Println(b.id, b.tag, b.data[0], b.total())
	}

	// Unbuffered, with select.
	a, c := make(chan Block), make(chan Huge)
	go func() { a <- fill(7) }()
	go func() {
		var h Huge
		h.id = 9
		h.data[6999] = 42
		c <- h
	}()
	var lines []string // in either order: sorted before printing
	for n := 0; n < 2; n++ {
		select {
		case b := <-a:
			lines = append(lines, fmt.Sprint("block ", b.id, " ", b.tag, " ", b.total()))
		case h, ok := <-c:
			lines = append(lines, fmt.Sprint("huge ", h.id, " ", h.data[6999], " ", ok))
		}
	}
	if lines[0] > lines[1] {
		lines[0], lines[1] = lines[1], lines[0]
	}
	fmt.Println(lines)

	// A send case of a large value.
	out := make(chan Block, 1)
	select {
	case out <- fill(3):
		fmt.Println("sent")
	default:
		fmt.Println("default")
	}
	v, ok := <-out
	fmt.Println(v.tag, ok)
	close(out)
	v, ok = <-out
	fmt.Println(v.id, v.tag == "", ok)
}
