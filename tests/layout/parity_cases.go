// Hand-written structs for the fieldalignment parity test, next to the generated
// parity_corpus.go: the documented examples, ties, zero-size fields, nesting at every place
// fieldalignment looks, and complex64 (where fieldalignment's sizes are not gc's).
package main

import "unsafe"

// fieldalignment's own documentation example: 24 bytes that could be 16.
type Doc1 struct {
	a bool
	b int64
	c bool
}

// ... and its pointer-bytes example: 32 pointer bytes that could be 16... with gc's figures.
type Doc2 struct {
	a uint32
	b *int
	c uint32
	d *int
}

type Optimal struct {
	p *int
	s string
	n int64
	b bool
}

type PtrLast struct {
	n   [4]int64
	ptr *int
}

type ZeroSized struct {
	a int64
	z struct{}
}

type ZeroFirstAlready struct {
	z [0]int64
	a bool
}

type Ties struct {
	a, b bool
	c    int32
	d, e bool
	f    int32
}

type Embeds struct {
	ok bool
	Optimal
	*Doc1
}

type Outer struct {
	a     bool
	inner struct {
		x bool
		y int64
		z bool
	}
	b     bool
	list  []struct{ a, b bool; c int64 }
	m     map[string]struct{ c bool; d *int; e bool }
}

// The example: gc makes it 16 bytes (complex64 aligns to 4), fieldalignment says 24.
type Complex64Mid struct {
	a bool
	c complex64
	b bool
}

type Complex64Pair struct {
	x bool
	c complex64
	y int32
	d complex64
}

type Complex128Mid struct {
	a bool
	c complex128
	b bool
}

var Anonymous struct {
	a bool
	b *int
	c bool
	d int64
}

func Local() int {
	type local struct {
		a bool
		b float64
		c bool
	}
	v := struct {
		a bool
		p unsafe.Pointer
		b bool
	}{}
	_ = v
	return int(unsafe.Sizeof(local{}))
}

func Params(p struct {
	x int8
	y int64
	z int8
}) {
}
