package sync

import "sync/atomic"

// Do calls the function f if and only if Do is being called for the
// first time for this instance of Once. If f panics, Do considers it to have
// returned; future calls of Do return without calling f.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		// Outlined slow path to allow the fast path to be inlined.
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer func() { o.done = 1 }()
		f()
	}
}
