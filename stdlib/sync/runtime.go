package sync

// Runtime hooks (runtime/sched.c).

// runtime_Semacquire waits until *s > 0 and then decrements it (a release hands the semaphore
// straight to the first waiter).
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for Mutex and RWMutex (gc's signature; gocc's
// queue is always FIFO and its tracebacks show no frames to skip).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_SemacquireCond is runtime_Semacquire for sync.Cond.Wait: a goroutine asleep in it
// shows as [sync.Cond.Wait], as in gc.
func runtime_SemacquireCond(s *uint32)

// runtime_Semrelease increments *s, or wakes the first goroutine waiting on s (gc's signature:
// the woken goroutine runs when the scheduler reaches it, as with handoff false).
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// throw ends the program with "fatal error: s", which recover cannot stop (gc's sync.fatal).
func throw(s string)
