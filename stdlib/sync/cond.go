package sync

import "unsafe"

// Cond's waiters form gc's ticket-based notify list (runtime/sema.go): Wait takes a ticket
// (notify.wait++) before unlocking L, then sleeps unless its ticket was already notified;
// Signal notifies the oldest unnotified ticket, Broadcast all of them. Each sleeping waiter
// has its own semaphore, so wake-ups are FIFO and none is lost between Unlock and sleep.

// condWaiter is a goroutine asleep in Wait, on the list notify.head..notify.tail.
type condWaiter struct {
	ticket uint32
	sema   uint32
	next   *condWaiter
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends execution of the calling goroutine.
// After later resuming execution, Wait locks c.L before returning.
func (c *Cond) Wait() {
	c.checker.check()
	t := c.notify.wait
	c.notify.wait++
	c.L.Unlock()
	c.notify.sleep(t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.checker.check()
	l := &c.notify
	if l.wait == l.notify {
		return
	}
	t := l.notify
	l.notify++
	var prev *condWaiter
	for w := (*condWaiter)(l.head); w != nil; prev, w = w, w.next {
		if w.ticket == t {
			if prev == nil {
				l.head = unsafe.Pointer(w.next)
			} else {
				prev.next = w.next
			}
			if l.tail == unsafe.Pointer(w) {
				l.tail = unsafe.Pointer(prev)
			}
			runtime_Semrelease(&w.sema, false, 0)
			return
		}
	}
	// The waiter holding ticket t has not gone to sleep yet; it will see t < notify.
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.checker.check()
	l := &c.notify
	if l.wait == l.notify {
		return
	}
	w := (*condWaiter)(l.head)
	l.head, l.tail = unsafe.Pointer(nil), unsafe.Pointer(nil)
	l.notify = l.wait
	for w != nil {
		next := w.next
		runtime_Semrelease(&w.sema, false, 0)
		w = next
	}
}

// sleep blocks until ticket t has been notified.
func (l *notifyList) sleep(t uint32) {
	if int32(t-l.notify) < 0 {
		return // notified between Unlock and here
	}
	w := &condWaiter{ticket: t}
	if l.tail == nil {
		l.head = unsafe.Pointer(w)
	} else {
		(*condWaiter)(l.tail).next = w
	}
	l.tail = unsafe.Pointer(w)
	runtime_SemacquireCond(&w.sema)
}

// check panics if the Cond was copied after first use (gc's copyChecker: the first use
// records the Cond's address).
func (c *copyChecker) check() {
	if *c == 0 {
		*c = copyChecker(unsafe.Pointer(c))
		return
	}
	if uintptr(*c) != uintptr(unsafe.Pointer(c)) {
		panic("sync.Cond is copied")
	}
}
