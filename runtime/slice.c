/* slice.c — make, append growth and copy for slices.
 *
 * growslice decides the capacity of the new backing array when append runs out of room. It is
 * given the old slice and the capacity `needed` (old length + number of appended elements):
 *
 *   seed rule (default, DESIGN.md §5.3, the rule of Go up to 1.17):
 *     if needed > 2*old.cap               newcap = needed
 *     else if old.len < 1024              newcap = 2*old.cap
 *     else  repeat newcap += newcap/4 until newcap >= needed (newcap <= 0 on overflow: needed)
 *
 *   GOCCDEBUG=growslice=go1.18 (the rule of Go 1.18 and 1.19, runtime/slice.go):
 *     if needed > 2*old.cap               newcap = needed
 *     else if old.cap < 256               newcap = 2*old.cap
 *     else  repeat newcap += (newcap + 3*256)/4 until newcap >= needed (same overflow guard)
 *
 * Either way the byte size newcap*elemsize is then rounded up to the allocator's size class
 * (roundupsize) and the capacity recomputed from the rounded size, which is why appending one
 * byte at a time to a []byte gives capacities 8, 16, 32, 48, 64, 80, 96, 112, 128, ...
 * Old elements are copied; the new memory is zeroed by the allocator.
 */
#include "runtime/internal.h"

void* gocc_makeslice(const gocc_type* elem, int64_t len, int64_t cap) {
  uint64_t size = elem->size;
  unsigned __int128 mem = (unsigned __int128)(uint64_t)cap * size;
  if (cap < 0 || len < 0 || len > cap || mem > GOCC_MAX_ALLOC) {
    /* gc reports len out of range in preference to cap when both are bad. */
    unsigned __int128 lenmem = (unsigned __int128)(uint64_t)len * size;
    if (len < 0 || lenmem > GOCC_MAX_ALLOC) gocc_panic_errorstring("makeslice: len out of range");
    gocc_panic_errorstring("makeslice: cap out of range");
  }
  return gocc_alloc((uint64_t)mem, elem);
}

static int64_t next_cap_seed(int64_t old_len, int64_t old_cap, int64_t needed) {
  int64_t newcap = old_cap;
  int64_t doublecap = newcap + newcap;
  if (needed > doublecap) return needed;
  if (old_len < 1024) return doublecap;
  while (0 < newcap && newcap < needed) newcap += newcap / 4;
  return newcap <= 0 ? needed : newcap;
}

static int64_t next_cap_go118(int64_t old_cap, int64_t needed) {
  enum { threshold = 256 };
  int64_t newcap = old_cap;
  int64_t doublecap = newcap + newcap;
  if (needed > doublecap) return needed;
  if (old_cap < threshold) return doublecap;
  while (0 < newcap && newcap < needed) newcap += (newcap + 3 * threshold) / 4;
  return newcap <= 0 ? needed : newcap;
}

gocc_ptrcap gocc_growslice(const gocc_type* elem, void* old_ptr, int64_t old_len, int64_t old_cap,
                           int64_t needed) {
  if (needed < old_cap) gocc_panic_errorstring("growslice: cap out of range");
  uint64_t size = elem->size;
  if (size == 0) return (gocc_ptrcap){gocc_zerobase, needed};
  int64_t newcap = gocc_debug.growslice_go118 ? next_cap_go118(old_cap, needed)
                                              : next_cap_seed(old_len, old_cap, needed);
  unsigned __int128 mem = (unsigned __int128)(uint64_t)newcap * size;
  if (newcap < 0 || mem > GOCC_MAX_ALLOC) gocc_panic_errorstring("growslice: cap out of range");
  uint64_t capmem = gocc_roundupsize((uint64_t)mem);
  void* p = gocc_alloc(capmem, elem);
  if (old_len > 0) memmove(p, old_ptr, (uint64_t)old_len * size);
  return (gocc_ptrcap){p, (int64_t)(capmem / size)};
}

int64_t gocc_slicecopy(void* to, int64_t to_len, const void* from, int64_t from_len,
                       uint64_t elem_size) {
  int64_t n = to_len < from_len ? to_len : from_len;
  if (n <= 0 || elem_size == 0) return n < 0 ? 0 : n;
  if (to != from) memmove(to, from, (uint64_t)n * elem_size);
  return n;
}
