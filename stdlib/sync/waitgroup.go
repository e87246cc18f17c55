package sync

import "sync/atomic"

// WaitGroup: state1's high 32 bits count the goroutines still to finish, the low 32 bits the
// waiters; waiters sleep on the semaphore state2. Misuse panics with gc's texts. The state is
// read and written through sync/atomic as in gc (which gocc's single thread does not need), so
// that escape analysis sees what gc's does: the WaitGroup leaks to the heap.

// Add adds delta, which may be negative, to the WaitGroup counter.
// If the counter becomes zero, all goroutines blocked on Wait are released.
// If the counter goes negative, Add panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state1, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// The counter is 0 and there are waiters: release them all.
	atomic.StoreUint64(&wg.state1, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.state2, false, 0)
	}
}

// Done decrements the WaitGroup counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the WaitGroup counter is zero.
func (wg *WaitGroup) Wait() {
	if int32(atomic.LoadUint64(&wg.state1)>>32) == 0 {
		return
	}
	atomic.AddUint64(&wg.state1, 1) // one more waiter
	runtime_Semacquire(&wg.state2)
	if atomic.LoadUint64(&wg.state1) != 0 {
		panic("sync: WaitGroup is reused before previous Wait has returned")
	}
}
