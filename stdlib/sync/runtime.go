package sync

// Runtime hooks (runtime/sched.c).

// runtime_Semacquire waits until *s > 0 and then decrements it (a release hands the semaphore
// straight to the first waiter).
func runtime_Semacquire(s *uint32)

// runtime_SemacquireCond is runtime_Semacquire for sync.Cond.Wait: a goroutine asleep in it
// shows as [sync.Cond.Wait], as in gc.
func runtime_SemacquireCond(s *uint32)

// runtime_Semrelease increments *s, or wakes the first goroutine waiting on s.
func runtime_Semrelease(s *uint32)

// throw ends the program with "fatal error: s", which recover cannot stop (gc's sync.fatal).
func throw(s string)
