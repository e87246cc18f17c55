package main

import "fmt"

type result struct {
	value int
	notes []string
}

func compute(n int) (r result, err error) {
	defer func() {
		r.notes = append(r.notes, "deferred ran")
		if p := recover(); p != nil {
			err = fmt.Errorf("compute(%d): %v", n, p)
			r.value = -1
		}
	}()
	defer func(snapshot int) {
		r.notes = append(r.notes, fmt.Sprintf("arg snapshot %d, now %d", snapshot, r.value))
	}(r.value)
	r.value = 100 / n
	if n > 10 {
		panic("too large")
	}
	r.value *= 2
	return r, nil
}

func main() {
	for _, n := range []int{5, 0, 20} {
		r, err := compute(n)
		fmt.Println(r.value, err)
		for _, note := range r.notes {
			fmt.Println("  ", note)
		}
	}
}
