/* timer.c — the timer queue behind time.Sleep, timers and tickers (DESIGN.md §5.6).
 *
 * Go's own design (runtime/time.go): a 4-ary min-heap of timers keyed by deadline. The root is
 * the earliest timer; a node's children are 4i+1 .. 4i+4. A 4-ary heap is half as deep as a
 * binary one, so sift-up (add, earlier deadline) does half the moves, and sift-down reads four
 * adjacent children per level — one cache line of pointers. Each timer remembers its position
 * (idx = index + 1, 0 when not queued), which makes delete and modify O(log n) without search:
 *
 *   add     append, sift up                       O(log4 n)
 *   del     move the last timer into the hole, sift it up or down
 *   mod     change the deadline in place, sift up or down (or add if not queued)
 *   run     while root.when <= now: fire it (a periodic timer is re-armed and sifted down)
 *
 * The scheduler asks for the earliest deadline (gocc_timer_next) and sleeps until then when no
 * goroutine can run. A timer fires by calling its C function cfn (sleeping goroutines) or by
 * starting a goroutine that runs its Go function f(arg, 0) (time.AfterFunc's goFunc, and
 * sendTime for time.Timer and time.Ticker).
 */
#include <stdlib.h>

#include "runtime/sched.h"

static gocc_timer** heap;
static int64_t heap_len;
static int64_t heap_cap;
static void sift_up(int64_t i) {
  gocc_timer* t = heap[i];
  int64_t when = t->when;
  while (i > 0) {
    int64_t p = (i - 1) / 4;
    if (heap[p]->when <= when) break;
    heap[i] = heap[p];
    heap[i]->idx = i + 1;
    i = p;
  }
  heap[i] = t;
  t->idx = i + 1;
}

static void sift_down(int64_t i) {
  gocc_timer* t = heap[i];
  int64_t when = t->when;
  for (;;) {
    int64_t c = 4 * i + 1;
    if (c >= heap_len) break;
    int64_t best = c;
    int64_t end = c + 4 < heap_len ? c + 4 : heap_len;
    for (int64_t k = c + 1; k < end; k++) {
      if (heap[k]->when < heap[best]->when) best = k;
    }
    if (heap[best]->when >= when) break;
    heap[i] = heap[best];
    heap[i]->idx = i + 1;
    i = best;
  }
  heap[i] = t;
  t->idx = i + 1;
}

void gocc_timer_add(gocc_timer* t) {
  if (heap_len == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 64;
    heap = realloc(heap, (size_t)heap_cap * sizeof *heap);
    if (heap == NULL) gocc_throw("out of memory (timer heap)");
  }
  heap[heap_len] = t;
  sift_up(heap_len++);
}

static void heap_remove_at(int64_t i) {
  gocc_timer* t = heap[i];
  t->idx = 0;
  gocc_timer* last = heap[--heap_len];
  if (i == heap_len) return;
  heap[i] = last;
  last->idx = i + 1;
  if (i > 0 && heap[(i - 1) / 4]->when > last->when) sift_up(i);
  else sift_down(i);
}

bool gocc_timer_del(gocc_timer* t) {
  if (t->idx == 0) return false;
  heap_remove_at(t->idx - 1);
  return true;
}

bool gocc_timer_mod(gocc_timer* t, int64_t when, int64_t period) {
  t->period = period;
  if (t->idx == 0) {
    t->when = when;
    gocc_timer_add(t);
    return false;
  }
  int64_t i = t->idx - 1;
  int64_t old = t->when;
  t->when = when;
  if (when < old) sift_up(i);
  else sift_down(i);
  return true;
}

int64_t gocc_timer_next(void) {
  return heap_len ? heap[0]->when : -1;
}

int64_t gocc_timer_count(void) {
  return heap_len;
}

/* The goroutine of a Go timer: calls f(arg, 0) with gocc's calling convention (closure first,
 * the interface as two words). The block is a copy, so a Reset does not change this firing. */
typedef struct fire_block {
  void (*code)(struct fire_block*);
  void* f;
  gocc_iface arg;
} fire_block;

static void fire_go(fire_block* b) {
  ((void (*)(void*, const void*, void*, uintptr_t))(*(void**)b->f))(b->f, b->arg.tab, b->arg.data, 0);
}

static void fire(gocc_timer* t) {
  if (t->cfn) {
    t->cfn(t);
  } else if (t->f) {
    fire_block* b = gocc_alloc_words(sizeof *b);
    b->code = fire_go;
    b->f = t->f;
    b->arg = t->arg;
    gocc_newproc(b);
  }
}

/* The time a periodic timer fires next: the first when + k*period after now (gc's rule, so a
 * late ticker drops ticks instead of bursting). */
static int64_t next_period(gocc_timer* t, int64_t now) {
  int64_t w = t->when + t->period * (1 + (now - t->when) / t->period);
  return w < 0 ? INT64_MAX : w;
}

int64_t gocc_timers_run(int64_t now) {
  int64_t fired = 0;
  while (heap_len > 0 && heap[0]->when <= now) {
    gocc_timer* t = heap[0];
    if (t->period > 0) {
      t->when = next_period(t, now);
      sift_down(0);
    } else {
      heap_remove_at(0);
    }
    fire(t);
    fired++;
  }
  return fired;
}

void gocc_timers_roots(void (*scan_range)(const void* lo, const void* hi)) {
  if (heap_len) scan_range(heap, heap + heap_len);
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
