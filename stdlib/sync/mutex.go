package sync

import "sync/atomic"

// Mutex state: bit 0 is "locked", the rest counts waiting goroutines. Unlock with waiters
// keeps the mutex locked and hands it to the first waiter (the semaphore queue is FIFO), which
// is gc's starvation mode all the time: simple and fair on a cooperative scheduler.
const (
	mutexLocked = 1
	mutexWaiter = 2
)

// Lock locks m. If the lock is already in use, the calling goroutine
// blocks until the mutex is available.
func (m *Mutex) Lock() {
	// Fast path: grab an unlocked mutex.
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	// Slow path (outlined so that the fast path can be inlined, as in gc)
	m.lockSlow()
}

// gc's lockSlow is far over the inlining budget; gocc's shorter one is kept out of line too, so
// that Lock costs what gc's does (69) and callers are inlinable where gc's are.
//
//go:noinline
func (m *Mutex) lockSlow() {
	if m.state&mutexLocked == 0 {
		m.state |= mutexLocked
		return
	}
	m.state += mutexWaiter
	runtime_SemacquireMutex(&m.sema, false, 1) // woken as the new owner
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&mutexLocked != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	// Fast path: drop the lock bit.
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		// Outlined slow path to allow the fast path to be inlined.
		m.unlockSlow(new)
	}
}

// unlockSlow: new is the state with the lock bit dropped, 2 per waiting goroutine.
func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		throw("sync: unlock of unlocked mutex")
	}
	// Hand the still locked mutex to the first waiter.
	m.state = new - mutexWaiter + mutexLocked
	runtime_Semrelease(&m.sema, true, 1)
}
