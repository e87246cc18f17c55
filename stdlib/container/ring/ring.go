// Package ring implements circular lists (Go 1.19 API and semantics).
//
// A ring has no beginning and no end: any *Ring of it stands for the whole ring. The nil
// *Ring is the empty ring, and a zero Ring is a ring of one element (it links itself to
// itself the first time one of its methods looks at it).
package ring

// A Ring is an element of a circular list, or ring. Rings do not have a beginning or end; a
// pointer to any ring element serves as reference to the entire ring. Empty rings are
// represented as nil Ring pointers. The zero value for a Ring is a one-element ring with a
// nil Value.
type Ring struct {
	// The neighbours: nil in both only in a zero Ring that no method has touched yet.
	next, prev *Ring
	Value      any // for use by client; untouched by this library
}

// self makes an untouched zero Ring the one-element ring it stands for.
func (r *Ring) self() *Ring {
	r.prev = r
	r.next = r
	return r
}

// Next returns the next ring element. r must not be empty.
func (r *Ring) Next() *Ring {
	if r.next != nil {
		return r.next
	}
	return r.self()
}

// Prev returns the previous ring element. r must not be empty.
func (r *Ring) Prev() *Ring {
	if r.next != nil {
		return r.prev
	}
	return r.self()
}

// Move moves n % r.Len() elements backward (n < 0) or forward (n >= 0) in the ring and
// returns that ring element. r must not be empty.
func (r *Ring) Move(n int) *Ring {
	if r.next == nil {
		return r.self()
	}
	p := r
	for ; n > 0; n-- {
		p = p.next
	}
	for ; n < 0; n++ {
		p = p.prev
	}
	return p
}

// New creates a ring of n elements (nil if n <= 0).
func New(n int) *Ring {
	if n <= 0 {
		return nil
	}
	first := &Ring{}
	last := first
	for k := 1; k < n; k++ {
		e := &Ring{prev: last}
		last.next = e
		last = e
	}
	last.next = first
	first.prev = last
	return first
}

// Link connects ring r with ring s such that r.Next() becomes s and returns the original
// value for r.Next(). r must not be empty.
//
// If r and s point to the same ring, linking them removes the elements between r and s from
// the ring. The removed elements form a subring and the result is a reference to that
// subring (if no elements were removed, the result is still the original value for r.Next(),
// and not nil).
//
// If r and s point to different rings, linking them creates a single ring with the elements
// of s inserted after r. The result points to the element following the last element of s
// after insertion.
func (r *Ring) Link(s *Ring) *Ring {
	after := r.Next()
	if s == nil {
		return after
	}
	sLast := s.Prev()
	// r -> s ... sLast -> after, and the back links to match. One link at a time: when r
	// and s share a ring, the order of these stores is what splits it.
	r.next = s
	s.prev = r
	after.prev = sLast
	sLast.next = after
	return after
}

// Unlink removes n % r.Len() elements from the ring r, starting at r.Next(). If
// n % r.Len() == 0, r remains unchanged. The result is the removed subring. r must not be
// empty.
func (r *Ring) Unlink(n int) *Ring {
	if n > 0 {
		return r.Link(r.Move(n + 1))
	}
	return nil
}

// Len computes the number of elements in ring r. It executes in time proportional to the
// number of elements.
func (r *Ring) Len() int {
	if r == nil {
		return 0
	}
	count := 1
	for e := r.Next(); e != r; e = e.next {
		count++
	}
	return count
}

// Do calls function f on each element of the ring, in forward order. The behavior of Do is
// undefined if f changes *r.
func (r *Ring) Do(f func(any)) {
	if r == nil {
		return
	}
	f(r.Value)
	for e := r.Next(); e != r; e = e.next {
		f(e.Value)
	}
}
