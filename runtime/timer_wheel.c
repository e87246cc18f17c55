/* timer_wheel.c — the alternative timer queue: a hierarchical timing wheel
 * (GOCCDEBUG=timers=wheel; docs/timers.md compares it with the heap).
 *
 * Eleven levels of 64 slots over the 64 bits of a deadline in nanoseconds: level L holds the
 * timers whose deadline first differs from the wheel's time `cur` in bits 6L .. 6L+5, in slot
 * (when >> 6L) & 63. (This is the placement of William Ahern's timeout.c; Varghese and Lauck's
 * hierarchical wheel with the XOR rule.) Because the bits above level L equal cur's, every timer
 * of level L expires before every timer of level L+1, and within a level slots are in deadline
 * order starting at cur's own slot — no wrap-around. Level 0 has 1 ns slots, so the wheel is
 * exact: it never rounds a deadline, and answers "earliest deadline" and fires in deadline order
 * exactly as the heap does. A timer whose deadline has passed is keyed at cur (level 0, cur's slot).
 *
 * Slots are arrays of timer pointers; a timer records its slot (status = slot + 1) and position
 * (idx = position + 1), so delete is a swap with the slot's last entry: O(1).
 *
 *   add       place by the XOR rule                                O(1)
 *   del       swap-remove from its slot                            O(1)
 *   mod       del + add                                            O(1)
 *   advance   cur moves to now: the slots of each level that cur entered or passed are emptied
 *             and their timers placed again relative to the new cur (lower levels, or due);
 *             each timer descends at most 10 levels in its life, usually 3-4   O(1) amortized
 *   next      the first occupied slot (bitmaps, count-trailing-zeros) of the lowest occupied level,
 *             then the minimum of that slot; cached until the earliest timer leaves
 *   pop_due   advance to the earliest deadline (if not after now), pop the timers due then
 *
 * The due list is the extra slot DUE: timers collected by advance, sorted; a timer deleted while
 * due (by a callback of an earlier timer of the same batch) leaves a NULL behind. */
#include <stdlib.h>
#include <string.h>

#include "runtime/timer_queue.h"

enum { BITS = 6, SLOTS = 64, LEVELS = 11, DUE = LEVELS * SLOTS };

/* The deadline is kept beside the pointer: finding a slot's earliest timer and cascading read
 * the slot's array only; the timers themselves are touched to record their new position. */
typedef struct wentry {
  int64_t when;
  gocc_timer* t;
} wentry;

typedef struct wslot {
  wentry* v;
  int64_t len;
  int64_t cap;
} wslot;

static wslot slots[DUE + 1];
static uint64_t occupied[LEVELS]; /* bit i of level L: slot L*64+i is not empty */
static uint64_t cur;              /* the wheel's time: every pending deadline is keyed >= cur */
static int64_t total;             /* pending timers, due ones included */
static int64_t due_pos;           /* next entry of the due list */
static int64_t next_cache;
static bool next_valid;
static wentry* scratch;
static int64_t scratch_len, scratch_cap;

static void grow(wentry** v, int64_t* cap) {
  *cap = *cap ? *cap * 2 : 16;
  *v = realloc(*v, (size_t)*cap * sizeof **v);
  if (*v == NULL) gocc_throw("out of memory (timer wheel)");
}

static void push(int64_t s, gocc_timer* t, int64_t when) {
  wslot* w = &slots[s];
  if (w->len == w->cap) grow(&w->v, &w->cap);
  w->v[w->len] = (wentry){when, t};
  t->idx = ++w->len;
  t->status = (uint32_t)s + 1;
}

static void place(gocc_timer* t, int64_t when) {
  uint64_t key = (uint64_t)when > cur ? (uint64_t)when : cur;
  uint64_t x = key ^ cur;
  int level = x ? (63 - __builtin_clzll(x)) / BITS : 0;
  int i = (int)((key >> (BITS * level)) & (SLOTS - 1));
  push(level * SLOTS + i, t, when);
  occupied[level] |= 1ull << i;
}

/* Takes t out of its slot without touching the counts. */
static void unlink_timer(gocc_timer* t) {
  int64_t s = t->status - 1, i = t->idx - 1;
  wslot* w = &slots[s];
  if (s == DUE) {
    w->v[i].t = NULL;
  } else {
    wentry last = w->v[--w->len];
    if (i != w->len) {
      w->v[i] = last;
      last.t->idx = i + 1;
    }
    if (w->len == 0) occupied[s / SLOTS] &= ~(1ull << (s % SLOTS));
  }
  t->idx = 0;
  t->status = 0;
}

void gocc_twheel_add(gocc_timer* t) {
  /* An empty wheel may restart its clock anywhere at or before the deadline (only tests go
   * back in time: they run timers at made-up instants). */
  if (total == 0 && (uint64_t)t->when < cur) cur = 0;
  place(t, t->when);
  total++;
  if (next_valid && t->when < next_cache) next_cache = t->when;
}

bool gocc_twheel_del(gocc_timer* t) {
  if (t->idx == 0) return false;
  if (t->when == next_cache) next_valid = false;
  unlink_timer(t);
  total--;
  return true;
}

void gocc_twheel_mod(gocc_timer* t, int64_t when) {
  if (t->when == next_cache) next_valid = false;
  unlink_timer(t);
  t->when = when;
  place(t, when);
  if (next_valid && when < next_cache) next_cache = when;
}

int64_t gocc_twheel_count(void) { return total; }

int64_t gocc_twheel_next(void) {
  if (total == 0) return -1;
  if (next_valid) return next_cache;
  bool found = false;
  int64_t best = 0;
  wslot* due = &slots[DUE];
  for (int64_t i = due_pos; i < due->len; i++) {
    if (due->v[i].t) { /* sorted: the first live entry is the earliest */
      best = due->v[i].when;
      found = true;
      break;
    }
  }
  for (int level = 0; level < LEVELS; level++) {
    if (occupied[level] == 0) continue;
    wslot* w = &slots[level * SLOTS + __builtin_ctzll(occupied[level])];
    for (int64_t i = 0; i < w->len; i++) {
      if (!found || w->v[i].when < best) best = w->v[i].when;
      found = true;
    }
    break;
  }
  next_cache = best;
  next_valid = true;
  return best;
}

static int by_when(const void* a, const void* b) {
  int64_t x = ((const wentry*)a)->when, y = ((const wentry*)b)->when;
  return (x > y) - (x < y);
}

static void sort_due(wentry* v, int64_t n) {
  if (n > 24) {
    qsort(v, (size_t)n, sizeof *v, by_when);
  } else {
    for (int64_t i = 1; i < n; i++) {
      wentry e = v[i];
      int64_t j = i;
      for (; j > 0 && v[j - 1].when > e.when; j--) v[j] = v[j - 1];
      v[j] = e;
    }
  }
  for (int64_t i = 0; i < n; i++) v[i].t->idx = i + 1;
}

/* Moves the wheel's time to `to` and collects the timers due at `to`, sorted, into the due list
 * (which is empty on entry). pop_due moves it to the earliest deadline, one deadline at a time:
 * then the slot holding that deadline cascades to the levels below, and the due timers all have
 * that very deadline — the wheel sorts by cascading and the sort below has nothing to do
 * (except for timers keyed at cur after their deadline had passed). */
static void advance(int64_t to) {
  uint64_t n = (uint64_t)to;
  if (n > cur) {
    scratch_len = 0;
    for (int level = 0; level < LEVELS; level++) {
      uint64_t a = cur >> (BITS * level), b = n >> (BITS * level);
      if (a == b) break;
      /* Slots lo .. b were entered or passed; at level 0, cur's own slot holds the timers
       * keyed at cur (deadline passed), at higher levels cur's slot is empty. */
      uint64_t lo = level == 0 ? a : a + 1;
      uint64_t mask = ~0ull;
      if (b - lo + 1 < SLOTS) {
        unsigned k = (unsigned)(b - lo + 1), r = (unsigned)(lo & (SLOTS - 1));
        mask = (1ull << k) - 1;
        if (r) mask = (mask << r) | (mask >> (64 - r));
      }
      uint64_t hit = occupied[level] & mask;
      occupied[level] &= ~mask;
      while (hit) {
        wslot* w = &slots[level * SLOTS + __builtin_ctzll(hit)];
        hit &= hit - 1;
        while (scratch_len + w->len > scratch_cap) grow(&scratch, &scratch_cap);
        memcpy(scratch + scratch_len, w->v, (size_t)w->len * sizeof *w->v);
        scratch_len += w->len;
        w->len = 0;
      }
    }
    cur = n;
    for (int64_t i = 0; i < scratch_len; i++) {
      gocc_timer* t = scratch[i].t;
      if ((uint64_t)scratch[i].when <= n) push(DUE, t, scratch[i].when);
      else place(t, scratch[i].when);
    }
  } else if (occupied[0] & (1ull << (cur & (SLOTS - 1)))) {
    /* Due are the timers keyed at cur whose deadline is not after `to`. */
    wslot* w = &slots[cur & (SLOTS - 1)];
    for (int64_t i = w->len - 1; i >= 0; i--) {
      wentry e = w->v[i];
      if (e.when <= to) {
        unlink_timer(e.t);
        push(DUE, e.t, e.when);
      }
    }
  }
  wslot* due = &slots[DUE];
  sort_due(due->v, due->len);
}

gocc_timer* gocc_twheel_pop_due(int64_t now) {
  wslot* due = &slots[DUE];
  for (;;) {
    while (due_pos < due->len) {
      gocc_timer* t = due->v[due_pos++].t;
      if (t) {
        t->idx = 0;
        t->status = 0;
        total--;
        next_valid = false;
        return t;
      }
    }
    due->len = 0;
    due_pos = 0;
    if (total == 0) return NULL;
    int64_t next = gocc_twheel_next();
    if (next > now) return NULL;
    advance(next);
  }
}

void gocc_twheel_roots(gocc_scan_range_fn scan) {
  for (int level = 0; level < LEVELS; level++) {
    for (uint64_t bits = occupied[level]; bits; bits &= bits - 1) {
      wslot* w = &slots[level * SLOTS + __builtin_ctzll(bits)];
      scan(w->v, w->v + w->len);
    }
  }
  wslot* due = &slots[DUE];
  if (due_pos < due->len) scan(due->v + due_pos, due->v + due->len);
}
