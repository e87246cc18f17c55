package sync

import "sync/atomic"

// RWMutex follows gc's algorithm: a writer takes w, then announces itself by subtracting
// rwmutexMaxReaders from readerCount (new readers then wait on readerSem) and waits on
// writerSem for the readers already inside (readerWait) to leave.
const rwmutexMaxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		// A writer is pending, wait for it.
		runtime_SemacquireMutex(&rw.readerSem, false, 0)
	}
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	c := rw.readerCount
	if c < 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1)
}

// RUnlock undoes a single RLock call.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		// Outlined slow path to allow the fast path to be inlined.
		rw.rUnlockSlow(r)
	}
}

func (rw *RWMutex) rUnlockSlow(r int32) {
	if r+1 == 0 || r+1 == -rwmutexMaxReaders {
		throw("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is pending.
	rw.readerWait--
	if rw.readerWait == 0 {
		// The last reader unblocks the writer.
		runtime_Semrelease(&rw.writerSem, false, 1)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := rw.readerCount
	rw.readerCount -= rwmutexMaxReaders
	if r != 0 {
		rw.readerWait += r
		if rw.readerWait != 0 {
			runtime_SemacquireMutex(&rw.writerSem, false, 0)
		}
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readerCount != 0 {
		rw.w.Unlock()
		return false
	}
	rw.readerCount -= rwmutexMaxReaders
	return true
}

// Unlock unlocks rw for writing.
func (rw *RWMutex) Unlock() {
	rw.readerCount += rwmutexMaxReaders
	r := rw.readerCount
	if r >= rwmutexMaxReaders {
		throw("sync: Unlock of unlocked RWMutex")
	}
	// Unblock blocked readers, if any.
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem, false, 0)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements
// the Lock and Unlock methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
