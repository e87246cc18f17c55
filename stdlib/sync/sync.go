// Package sync for gocc: Go 1.19's API. Mutex, RWMutex, WaitGroup, Once and Cond are
// implemented (mutex.go, rwmutex.go, waitgroup.go, once.go, cond.go) on the runtime's
// semaphores, Pool and Map (pool.go, map.go) in plain Go; gocc's scheduler runs one goroutine
// at a time and switches only when one blocks, so plain loads and stores are atomic here.
// tests/stdlib/verify.go checks every exported declaration against the real package.

package sync

import (
	"sync/atomic"
	"unsafe"
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value for a Mutex is an
// unlocked mutex. A Mutex must not be copied after first use.
type Mutex struct {
	state int32
	sema  uint32
}

// A RWMutex is a reader/writer mutual exclusion lock.
type RWMutex struct {
	w           Mutex  // held if there are pending writers
	writerSem   uint32 // semaphore for writers to wait for completing readers
	readerSem   uint32 // semaphore for readers to wait for completing writers
	readerCount int32  // number of pending readers
	readerWait  int32  // number of departing readers
}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	noCopy noCopy

	// 64-bit value: high 32 bits are counter, low 32 bits are waiter count.
	state1 uint64
	state2 uint32
}

// Once is an object that will perform exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Cond implements a condition variable, a rendezvous point
// for goroutines waiting for or announcing the occurrence
// of an event.
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition
	L Locker

	notify  notifyList
	checker copyChecker
}

// A Pool is a set of temporary objects that may be individually saved and
// retrieved.
type Pool struct {
	noCopy noCopy

	local     unsafe.Pointer // local fixed-size per-P pool, actual type is [P]poolLocal
	localSize uintptr        // size of the local array

	victim     unsafe.Pointer // local from previous cycle
	victimSize uintptr        // size of victims array

	// New optionally specifies a function to generate
	// a value when Get would otherwise return nil.
	New func() any
}

// Map is like a Go map[interface{}]interface{} but is safe for concurrent use
// by multiple goroutines without additional locking or coordination.
type Map struct {
	mu     Mutex
	read   atomic.Value // readOnly
	dirty  map[any]*entry
	misses int
}

// An entry is a slot in the map corresponding to a particular key.
type entry struct {
	p unsafe.Pointer // *interface{}
}

// noCopy may be added to structs which must not be copied after the first use
// (checked by go vet's copylocks).
type noCopy struct{}

// copyChecker holds back pointer to itself to detect object copying.
type copyChecker uintptr

// notifyList is the runtime's list of waiters (runtime/sema.go).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr // key field of the mutex
	head   unsafe.Pointer
	tail   unsafe.Pointer
}
