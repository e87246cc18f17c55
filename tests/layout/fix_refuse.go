// --fix must leave these structs alone and say why (check_fix.sh).
package main

import "sync/atomic"

// A positional literal depends on the field order.
type Positional struct {
	a bool
	b int64
	c bool
}

var positional = Positional{true, 1, false}

// Hand-laid-out padding.
type Padded struct {
	a bool
	_ [3]byte
	b int64
	c bool
}

// n is used by sync/atomic: on 386 it must stay 8-aligned (it is at offset 0 now; the new order
// would put the 8-byte-aligned-on-64-bit pointer first and n at offset 4 on 386).
type Counter struct {
	n    int64
	flag bool
	p    *int
	q    bool
}

func bump(c *Counter) { atomic.AddInt64(&c.n, 1) }

func main() {
	_ = positional
	bump(&Counter{})
}
