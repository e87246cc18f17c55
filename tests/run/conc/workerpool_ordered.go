package main

import (
	"fmt"
	"strings"
	"sync"
)

// A worker pool whose results are collected in job order: each job carries its index and the
// result goes into that slot of a preallocated slice.

type job struct {
	index int
	word  string
}

type result struct {
	index int
	text  string
}

func process(w string) string {
	var b strings.Builder
	for i := len(w) - 1; i >= 0; i-- {
		b.WriteByte(w[i])
	}
	return strings.ToUpper(b.String())
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while seven busy workers reverse every single word of this sentence")
	jobs := make(chan job)
	results := make(chan result)
	var wg sync.WaitGroup
	const workers = 3
	perWorker := make([]int, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for j := range jobs {
				perWorker[w]++
				results <- result{j.index, process(j.word)}
			}
		}(w)
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	out := make([]string, len(words))
	n := 0
	for r := range results {
		out[r.index] = r.text
		n++
	}
	total := 0
	for _, c := range perWorker {
		total += c
	}
	fmt.Println(n, "results,", total, "jobs done by", workers, "workers")
	fmt.Println(strings.Join(out, " "))
}
