package sync

import "unsafe"

// Pool keeps its free objects in one LIFO stack: with a single thread running Go code there
// is nothing to gain from gc's per-P caches, and LIFO is what gc's per-P private slot and
// shared chain give a goroutine that puts and gets on its own. gc empties pools over two
// garbage collections (primary, then victim cache); gocc's pools keep their objects.

// poolStack is what Pool.local points to.
type poolStack struct {
	items []any
}

// Put adds x to the pool.
//
//go:noinline
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	s := (*poolStack)(p.local)
	if s == nil {
		s = &poolStack{}
		p.local = unsafe.Pointer(s)
		p.localSize = 1
	}
	s.items = append(s.items, x)
}

// Get selects an arbitrary item from the Pool, removes it from the
// Pool, and returns it to the caller. If Get would otherwise return nil
// and p.New is non-nil, Get returns the result of calling p.New.
func (p *Pool) Get() any {
	if s := (*poolStack)(p.local); s != nil && len(s.items) > 0 {
		n := len(s.items) - 1
		x := s.items[n]
		s.items[n] = nil
		s.items = s.items[:n]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
