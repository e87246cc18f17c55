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
  if (old_len > 0) gocc_memmove(p, old_ptr, (uint64_t)old_len * size);
  return (gocc_ptrcap){p, (int64_t)(capmem / size)};
}

/* Moves of up to 128 bytes, the common case of copy and append, are done here with overlapping
 * 8- and 16-byte loads, every load before any store (so overlapping regions are safe), as gc's
 * runtime.memmove does; longer ones go to the C library's memmove. A call into the C library
 * for a small copy costs more than the copy: through the PLT, the size dispatch, and, on
 * machines where it picks 64-byte vector moves, loads of the copied words right after the copy
 * that the store buffer cannot forward (fannkuch's copy of ten ints took 17% of its run). */
typedef struct {
  uint64_t lo, hi;
} move16;

static inline move16 load16(const uint8_t* p) {
  move16 v;
  memcpy(&v, p, sizeof v);
  return v;
}

static inline void store16(uint8_t* p, move16 v) { memcpy(p, &v, sizeof v); }

static inline uint64_t load8(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, sizeof v);
  return v;
}

static inline void store8(uint8_t* p, uint64_t v) { memcpy(p, &v, sizeof v); }

void gocc_memmove(void* to, const void* from, uint64_t n) {
  uint8_t* d = to;
  const uint8_t* s = from;
  if (n <= 16) {
    if (n >= 8) {
      uint64_t a = load8(s), b = load8(s + n - 8);
      store8(d, a);
      store8(d + n - 8, b);
    } else if (n >= 4) {
      uint32_t a, b;
      memcpy(&a, s, 4);
      memcpy(&b, s + n - 4, 4);
      memcpy(d, &a, 4);
      memcpy(d + n - 4, &b, 4);
    } else if (n > 0) {
      uint8_t a = s[0], b = s[n / 2], c = s[n - 1];
      d[0] = a;
      d[n / 2] = b;
      d[n - 1] = c;
    }
    return;
  }
  if (n <= 32) {
    move16 a = load16(s), b = load16(s + n - 16);
    store16(d, a);
    store16(d + n - 16, b);
    return;
  }
  if (n <= 64) {
    move16 a = load16(s), b = load16(s + 16), c = load16(s + n - 32), e = load16(s + n - 16);
    store16(d, a);
    store16(d + 16, b);
    store16(d + n - 32, c);
    store16(d + n - 16, e);
    return;
  }
  if (n <= 128) {
    move16 a = load16(s), b = load16(s + 16), c = load16(s + 32), e = load16(s + 48);
    move16 f = load16(s + n - 64), g = load16(s + n - 48), h = load16(s + n - 32),
           k = load16(s + n - 16);
    store16(d, a);
    store16(d + 16, b);
    store16(d + 32, c);
    store16(d + 48, e);
    store16(d + n - 64, f);
    store16(d + n - 48, g);
    store16(d + n - 32, h);
    store16(d + n - 16, k);
    return;
  }
  memmove(to, from, n);
}
