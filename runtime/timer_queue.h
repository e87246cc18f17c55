/* timer_queue.h — the two timer queues behind gocc_timer_* (runtime/timer.c dispatches between
 * them: the 4-ary heap by default, the hierarchical timing wheel with GOCCDEBUG=timers=wheel).
 *
 * Both keep gocc_timer records owned by their callers and use only the runtime-private fields:
 * idx (0 = not pending) and status. Both answer the same questions with the same results:
 *   add(t)          t->when is set, t is not pending
 *   del(t)          whether t was pending
 *   mod(t, when)    moves a pending t to when (t->when is updated)
 *   next()          the earliest deadline, exactly; -1 when empty
 *   pop_due(now)    removes and returns a timer with when <= now, earliest first; NULL if none
 *   count()         pending timers
 *   roots(scan)     the ranges of timer pointers, for the collector */
#ifndef GOCC_RUNTIME_TIMER_QUEUE_H
#define GOCC_RUNTIME_TIMER_QUEUE_H

#include "runtime/sched.h"

typedef void (*gocc_scan_range_fn)(const void* lo, const void* hi);

void gocc_theap_add(gocc_timer* t);
bool gocc_theap_del(gocc_timer* t);
void gocc_theap_mod(gocc_timer* t, int64_t when);
int64_t gocc_theap_next(void);
gocc_timer* gocc_theap_pop_due(int64_t now);
int64_t gocc_theap_count(void);
void gocc_theap_roots(gocc_scan_range_fn scan);

void gocc_twheel_add(gocc_timer* t);
bool gocc_twheel_del(gocc_timer* t);
void gocc_twheel_mod(gocc_timer* t, int64_t when);
int64_t gocc_twheel_next(void);
gocc_timer* gocc_twheel_pop_due(int64_t now);
int64_t gocc_twheel_count(void);
void gocc_twheel_roots(gocc_scan_range_fn scan);

#endif
