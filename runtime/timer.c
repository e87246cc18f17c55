/* timer.c — the timer queue behind time.Sleep, timers and tickers (DESIGN.md §5.6).
 *
 * Two interchangeable queues (timer_queue.h): Go's own 4-ary min-heap (timer_heap.c, the
 * default) and a hierarchical timing wheel (timer_wheel.c, GOCCDEBUG=timers=wheel). Both are
 * exact — same earliest deadline, same firing order — so everything above them (this file, the
 * scheduler, package time) does not know which one runs; docs/timers.md compares them.
 *
 * The scheduler asks for the earliest deadline (gocc_timer_next) and sleeps until then when no
 * goroutine can run. A timer fires by calling its C function cfn (sleeping goroutines) or by
 * starting a goroutine that runs its Go function f(arg, 0) (time.AfterFunc's goFunc, and
 * sendTime for time.Timer and time.Ticker). A periodic timer is re-armed before it fires.
 */
#include <stdlib.h>

#include "runtime/timer_queue.h"

void gocc_timers_use_wheel(bool on) {
  if (gocc_timer_count() != 0) gocc_throw("gocc_timers_use_wheel: timers pending");
  gocc_debug.timers_wheel = on;
}

void gocc_timer_add(gocc_timer* t) {
  if (gocc_debug.timers_wheel) gocc_twheel_add(t);
  else gocc_theap_add(t);
}

bool gocc_timer_del(gocc_timer* t) {
  return gocc_debug.timers_wheel ? gocc_twheel_del(t) : gocc_theap_del(t);
}

bool gocc_timer_mod(gocc_timer* t, int64_t when, int64_t period) {
  t->period = period;
  if (t->idx == 0) {
    t->when = when;
    gocc_timer_add(t);
    return false;
  }
  if (gocc_debug.timers_wheel) gocc_twheel_mod(t, when);
  else gocc_theap_mod(t, when);
  return true;
}

int64_t gocc_timer_next(void) {
  return gocc_debug.timers_wheel ? gocc_twheel_next() : gocc_theap_next();
}

int64_t gocc_timer_count(void) {
  return gocc_debug.timers_wheel ? gocc_twheel_count() : gocc_theap_count();
}

void gocc_timers_roots(void (*scan_range)(const void* lo, const void* hi)) {
  if (gocc_debug.timers_wheel) gocc_twheel_roots(scan_range);
  else gocc_theap_roots(scan_range);
}

/* The goroutine of a Go timer: calls f(arg, 0) with gocc's calling convention (closure first,
 * the interface as two words). The block is a copy, so a Reset does not change this firing; it
 * lives in the goroutine's record (gocc_newproc_inline), not on the heap. */
typedef struct fire_block {
  void (*code)(struct fire_block*);
  void* f;
  gocc_iface arg;
} fire_block;

_Static_assert(sizeof(fire_block) <= sizeof(((gocc_goroutine*)0)->block), "fire_block fits a goroutine");

static void fire_go(fire_block* b) {
  ((void (*)(void*, const void*, void*, uintptr_t))(*(void**)b->f))(b->f, b->arg.tab, b->arg.data, 0);
}

static void fire(gocc_timer* t) {
  if (t->cfn) {
    t->cfn(t);
  } else if (t->f) {
    fire_block b = {.code = fire_go, .f = t->f, .arg = t->arg};
    gocc_newproc_inline(&b, sizeof b);
  }
}

/* The time a periodic timer fires next: the first when + k*period after now (gc's rule, so a
 * late ticker drops ticks instead of bursting). */
static int64_t next_period(gocc_timer* t, int64_t now) {
  int64_t w = t->when + t->period * (1 + (now - t->when) / t->period);
  return w < 0 ? INT64_MAX : w;
}

int64_t gocc_timers_run(int64_t now) { return gocc_timers_run_max(now, INT64_MAX); }

int64_t gocc_timers_run_max(int64_t now, int64_t max) {
  int64_t fired = 0;
  bool wheel = gocc_debug.timers_wheel;
  while (fired < max) {
    gocc_timer* t = wheel ? gocc_twheel_pop_due(now) : gocc_theap_pop_due(now);
    if (t == NULL) break;
    if (t->period > 0) {
      t->when = next_period(t, now);
      gocc_timer_add(t);
    }
    fire(t);
    fired++;
  }
  return fired;
}

/* ---- sleeping ---- */

static void wake_sleeper(gocc_timer* t) { gocc_ready(t->arg.data); }

static int64_t deadline(int64_t ns) {
  int64_t now = gocc_nanotime();
  int64_t when = now + ns;
  return when < now ? INT64_MAX : when;
}

void gocc_sleep(int64_t ns) {
  if (ns <= 0) return;
  gocc_timer t = {.when = deadline(ns), .cfn = wake_sleeper, .arg = {NULL, gocc_sched_curg()}};
  gocc_timer_add(&t);
  gocc_park(GOCC_WAIT_SLEEP);
}

/* ---- hooks of package time (stdlib/time/sleep.go) ---- */

void gocc_time_Sleep(int64_t ns) { gocc_sleep(ns); }
int64_t gocc_time_runtimeNano(void) { return gocc_nanotime(); }
int64_t gocc_time_walltime(void) { return gocc_walltime(); }
void gocc_time_startTimer(gocc_timer* t) {
  if (t->when < 0) t->when = INT64_MAX;
  if (t->idx != 0) gocc_timer_del(t);
  gocc_timer_add(t);
}
bool gocc_time_stopTimer(gocc_timer* t) { return gocc_timer_del(t); }
bool gocc_time_resetTimer(gocc_timer* t, int64_t when, int64_t period) {
  if (when < 0) when = INT64_MAX;
  return gocc_timer_mod(t, when, period);
}
