package sync

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
	if m.state&mutexLocked == 0 {
		m.state |= mutexLocked
		return
	}
	m.state += mutexWaiter
	runtime_Semacquire(&m.sema) // woken as the new owner
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.state&mutexLocked != 0 {
		return false
	}
	m.state |= mutexLocked
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock.
func (m *Mutex) Unlock() {
	if m.state&mutexLocked == 0 {
		throw("sync: unlock of unlocked mutex")
	}
	if m.state >= mutexWaiter {
		m.state -= mutexWaiter
		runtime_Semrelease(&m.sema)
		return
	}
	m.state = 0
}
