package main

import "fmt"

// Go 1.19's growslice; gocc reproduces these caps only under GOCCDEBUG=growslice=go1.18
// (see slice_append_grow.env).

func main() {
	var s []int
	prev := -1
	for i := 1; i <= 40; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Printf("len=%d cap=%d (grew)\n", len(s), cap(s))
			prev = cap(s)
		} else {
			fmt.Printf("len=%d cap=%d\n", len(s), cap(s))
		}
	}
	var b []byte
	for i := 0; i < 5; i++ {
		b = append(b, 'x')
		fmt.Println("bytes", len(b), cap(b))
	}
	big := make([]int64, 0, 5)
	big = append(big, 1, 2, 3, 4, 5, 6, 7)
	fmt.Println("bulk", len(big), cap(big))
	big = append(big, make([]int64, 100)...)
	fmt.Println("bulk2", len(big), cap(big))
	type triple struct{ a, b, c int64 }
	var ts []triple
	for i := 0; i < 10; i++ {
		ts = append(ts, triple{})
		fmt.Println("triple", len(ts), cap(ts))
	}
}
