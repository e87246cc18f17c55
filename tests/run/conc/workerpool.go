package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, worker, square int
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- result{j, id, j * j}
			}
		}(w)
	}
	for j := 1; j <= 20; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, k int) bool { return all[i].job < all[k].job })
	total := 0
	for _, r := range all {
		total += r.square
	}
	fmt.Println(len(all), all[0].square, all[19].square, total)
}
