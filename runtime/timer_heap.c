/* timer_heap.c — the default timer queue: a 4-ary min-heap keyed by deadline (DESIGN.md §5.6).
 *
 * Go's own design (runtime/time.go). The root is the earliest timer; a node's children are
 * 4i+1 .. 4i+4. A 4-ary heap is half as deep as a binary one, so sift-up (add, earlier deadline)
 * does half the moves, and sift-down reads four adjacent children per level — one cache line of
 * pointers. Each timer remembers its position (idx = index + 1, 0 when not queued), which makes
 * delete and modify O(log n) without search:
 *
 *   add      append, sift up                                   O(log4 n)
 *   del      move the last timer into the hole, sift it up or down
 *   mod      change the deadline in place, sift up or down
 *   next     the root                                          O(1)
 *   pop_due  remove the root if root.when <= now               O(log4 n)
 *
 * A timer's deadline must not change while it is queued except through mod.
 */
#include <stdlib.h>

#include "runtime/timer_queue.h"

/* The deadline is kept beside the pointer (Go 1.23 does the same): sift-down compares four
 * children in one 64-byte line without touching the timers; only a moved timer's idx is
 * written. */
typedef struct heap_entry {
  int64_t when;
  gocc_timer* t;
} heap_entry;

static heap_entry* heap;
static int64_t heap_len;
static int64_t heap_cap;

static void sift_up(int64_t i) {
  heap_entry e = heap[i];
  while (i > 0) {
    int64_t p = (i - 1) / 4;
    if (heap[p].when <= e.when) break;
    heap[i] = heap[p];
    heap[i].t->idx = i + 1;
    i = p;
  }
  heap[i] = e;
  e.t->idx = i + 1;
}

static void sift_down(int64_t i) {
  heap_entry e = heap[i];
  for (;;) {
    int64_t c = 4 * i + 1;
    if (c >= heap_len) break;
    int64_t best = c;
    int64_t end = c + 4 < heap_len ? c + 4 : heap_len;
    for (int64_t k = c + 1; k < end; k++) {
      if (heap[k].when < heap[best].when) best = k;
    }
    if (heap[best].when >= e.when) break;
    heap[i] = heap[best];
    heap[i].t->idx = i + 1;
    i = best;
  }
  heap[i] = e;
  e.t->idx = i + 1;
}

void gocc_theap_add(gocc_timer* t) {
  if (heap_len == heap_cap) {
    heap_cap = heap_cap ? heap_cap * 2 : 64;
    heap = realloc(heap, (size_t)heap_cap * sizeof *heap);
    if (heap == NULL) gocc_throw("out of memory (timer heap)");
  }
  heap[heap_len] = (heap_entry){t->when, t};
  sift_up(heap_len++);
}

static void remove_at(int64_t i) {
  heap[i].t->idx = 0;
  heap_entry last = heap[--heap_len];
  if (i == heap_len) return;
  heap[i] = last;
  last.t->idx = i + 1;
  if (i > 0 && heap[(i - 1) / 4].when > last.when) sift_up(i);
  else sift_down(i);
}

bool gocc_theap_del(gocc_timer* t) {
  if (t->idx == 0) return false;
  remove_at(t->idx - 1);
  return true;
}

void gocc_theap_mod(gocc_timer* t, int64_t when) {
  int64_t i = t->idx - 1;
  int64_t old = heap[i].when;
  t->when = when;
  heap[i].when = when;
  if (when < old) sift_up(i);
  else sift_down(i);
}

int64_t gocc_theap_next(void) { return heap_len ? heap[0].when : -1; }

gocc_timer* gocc_theap_pop_due(int64_t now) {
  if (heap_len == 0 || heap[0].when > now) return NULL;
  gocc_timer* t = heap[0].t;
  remove_at(0);
  return t;
}

int64_t gocc_theap_count(void) { return heap_len; }

void gocc_theap_roots(gocc_scan_range_fn scan) {
  if (heap_len) scan(heap, heap + heap_len);
}
