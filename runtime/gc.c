/* gc.c — the garbage collector: non-moving, stop-the-world mark-sweep (DESIGN.md §5.2,
 * docs/gc.md).
 *
 * A cycle runs inside an allocation (the pacer's trigger, or every allocation under
 * GOCCDEBUG=gcstress=1) or runtime.GC():
 *
 *   1. the mcache spans go back to their lists and the previous cycle's sweeping is finished,
 *      so every span's allocation bits are exact;
 *   2. mark: the roots are scanned — package variables precisely (codegen's gocc_gcroots
 *      table: address and type descriptor of every variable that can hold a pointer), the C
 *      roots registered with gocc_gc_add_root and every goroutine's stack conservatively
 *      (gocc_gc_scan_stacks), with the registers spilled onto the stack first. A word that
 *      points anywhere inside an allocated object (interior pointers included) marks it
 *      (span->markbits); an object of a scan span is pushed on the mark stack, and the mark
 *      loop pops objects and scans them precisely with the heap pointer bitmap that the
 *      allocator wrote from their type. Grey objects are exactly those on the mark stack: the
 *      tri-colour invariant without recursion. The mark stack is one mmap'd array that
 *      doubles when full (mremap), so there is no overflow and no rescan;
 *   3. every in-use span becomes unswept (gocc_heap_start_sweep); the allocator sweeps them
 *      lazily (alloc.c);
 *   4. pacing: the next cycle starts when the heap reaches marked * (1 + GOGC/100) bytes
 *      (GOGC from the environment, default 100, "off" disables automatic cycles), at least
 *      4 MiB * GOGC/100, as gc's heapminimum;
 *   5. the scavenger returns free page runs idle for a whole cycle to the OS.
 *
 * GOCCDEBUG=gctrace=1 prints one line per cycle on stderr; gcstress=1 collects before every
 * allocation (slow: a test mode that turns a missed root into a failure at once).
 *
 * GOCCDEBUG=stackcheck=1 checks escape analysis while marking: a pointer word of a heap object
 * or of a package variable (the precisely scanned memory) must not point into a stack — the
 * main stack or any goroutine's — since an object escape analysis left in a frame must not be
 * reachable from memory that outlives the frame. A violation is a fatal error naming both
 * addresses. With gcstress=1 every allocation checks the whole heap. The runtime's own objects
 * (gocc_alloc_words) are not checked: a channel's wait queues point to sudogs on the waiting
 * goroutines' stacks by design.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "runtime/internal.h"

enum { HEAP_MINIMUM = 4 << 20, MAX_ROOTS = 64 };

gocc_gcstats gocc_gc_stats = {.next_gc = HEAP_MINIMUM};
gocc_gc_settings gocc_gc = {.percent = 100};

/* Codegen's table of package variables that can hold pointers (section gocc_gcroots; the
 * linker defines the bounds, which stay NULL in programs without Go code). */
typedef struct gcroot {
  const void* addr;
  const gocc_type* type;
} gcroot;
extern const gcroot __start_gocc_gcroots[] __attribute__((weak, visibility("hidden")));
extern const gcroot __stop_gocc_gcroots[] __attribute__((weak, visibility("hidden")));

typedef struct root_range {
  const void* lo;
  const void* hi;
} root_range;
static root_range c_roots[MAX_ROOTS];
static int num_c_roots;

typedef struct mark_item {
  uintptr_t base;
  uint64_t size;
} mark_item;
static mark_item* mark_stack;
static uint64_t mark_len, mark_cap;
static uint64_t marked_bytes;
static int in_cycle;
static int64_t start_ns;
static void check_not_stack(uintptr_t holder, uint64_t size, uintptr_t p, const char* what);
static bool runtime_object(uintptr_t base);

/* ---- settings ---- */

static int setting(const char* env, const char* key) {
  size_t n = strlen(key);
  for (const char* p = env; p && *p;) {
    if (strncmp(p, key, n) == 0 && p[n] == '=') return atoi(p + n + 1);
    p = strchr(p, ',');
    if (p) p++;
  }
  return 0;
}

__attribute__((constructor)) static void gc_init(void) {
  const char* gogc = getenv("GOGC");
  if (gogc && strcmp(gogc, "off") == 0) gocc_gc.percent = -1;
  else if (gogc && *gogc) gocc_gc.percent = atoi(gogc);
  const char* debug = getenv("GOCCDEBUG");
  gocc_gc.trace = setting(debug, "gctrace");
  gocc_gc.stress = setting(debug, "gcstress");
  gocc_gc.stackcheck = setting(debug, "stackcheck");
  start_ns = gocc_nanotime();
  gocc_gc_stats.next_gc = gocc_gc.percent < 0 ? UINT64_MAX : (uint64_t)HEAP_MINIMUM * (uint64_t)gocc_gc.percent / 100;
}

/* ---- marking ---- */

static GOCC_NORETURN void gc_fatal(const char* msg) {
  (void)!write(2, "fatal error: ", 13);
  (void)!write(2, msg, strlen(msg));
  (void)!write(2, "\n", 1);
  _exit(2);
}

static void mark_stack_grow(void) {
  uint64_t cap = mark_cap ? mark_cap * 2 : 8192;
  void* p = mark_stack == NULL
                ? mmap(NULL, cap * sizeof(mark_item), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
                : mremap(mark_stack, mark_cap * sizeof(mark_item), cap * sizeof(mark_item), MREMAP_MAYMOVE);
  if (p == MAP_FAILED) gc_fatal("runtime: cannot grow the mark stack");
  mark_stack = p;
  mark_cap = cap;
}

/* Marks the object containing address p, if p points into an allocated heap object. */
static inline void mark(uintptr_t p) {
  gocc_arena_meta* m = gocc_arena_of(p);
  if (m == NULL) return;
  gocc_span* s = m->spans[(p >> GOCC_PAGE_SHIFT) & (GOCC_ARENA_PAGES - 1)];
  /* Interior pages of free runs keep stale span pointers: check the range. */
  if (s == NULL || s->state != GOCC_SPAN_IN_USE || p < s->base || p >= s->base + s->npages * GOCC_PAGE_SIZE)
    return;
  uint64_t idx = s->sizeclass ? (((p - s->base) * s->divmagic) >> 32) : 0;
  uint64_t bit = 1ull << (idx & 63);
  if (idx >= s->nelems || !(s->allocbits[idx >> 6] & bit) || (s->markbits[idx >> 6] & bit)) return;
  s->markbits[idx >> 6] |= bit;
  marked_bytes += s->elemsize;
  if (s->noscan) return;
  if (GOCC_UNLIKELY(mark_len == mark_cap)) mark_stack_grow();
  mark_stack[mark_len++] = (mark_item){s->base + idx * s->elemsize, s->elemsize};
}

/* Scans a heap object precisely: the words whose bit is set in the heap pointer bitmap. */
static void scan_object(uintptr_t b, uint64_t size) {
  uintptr_t end = b + size;
  bool check = GOCC_UNLIKELY(gocc_gc.stackcheck) && !runtime_object(b);
  while (b < end) {
    gocc_arena_meta* m = gocc_arena_of(b);
    uint64_t word = (b & (GOCC_ARENA_SIZE - 1)) >> 3, shift = word & 63;
    uint64_t n = 64 - shift;
    if ((end - b) / 8 < n) n = (end - b) / 8;
    uint64_t bits = m->ptrbits[word >> 6] >> shift;
    if (n < 64) bits &= (1ull << n) - 1;
    while (bits) {
      int i = __builtin_ctzll(bits);
      bits &= bits - 1;
      uintptr_t p = ((const uintptr_t*)b)[i];
      if (GOCC_UNLIKELY(check)) check_not_stack(b + 8 * (uintptr_t)i, size, p, "heap object");
      mark(p);
    }
    b += n * 8;
  }
}

/* Conservative scan: any word of [lo, hi) may be a pointer. Stacks hold redzones under ASan. */
__attribute__((no_sanitize("address"))) static void scan_conservative(const void* lo, const void* hi) {
  uintptr_t a = ((uintptr_t)lo + 7) & ~(uintptr_t)7, e = (uintptr_t)hi & ~(uintptr_t)7;
  for (; a < e; a += 8) mark(*(const uintptr_t*)a);
}

/* Objects pass through a small FIFO between the mark stack and the scan, each prefetched as it
   enters: marking a linked structure is otherwise one cache miss after another (binary trees
   spent 87% of the mark in the load of each object's first word). */
enum { SCAN_AHEAD = 16 };

static void drain(void) {
  mark_item ahead[SCAN_AHEAD];
  unsigned head = 0, count = 0;
  for (;;) {
    while (count < SCAN_AHEAD && mark_len > 0) {
      mark_item it = mark_stack[--mark_len];
      __builtin_prefetch((const void*)it.base);
      ahead[(head + count) % SCAN_AHEAD] = it;
      count++;
    }
    if (count == 0) return;
    mark_item it = ahead[head];
    head = (head + 1) % SCAN_AHEAD;
    count--;
    scan_object(it.base, it.size);
  }
}

/* ---- roots ---- */

void gocc_gc_add_root(const void* lo, const void* hi) {
  for (int i = 0; i < num_c_roots; i++)
    if (c_roots[i].lo == lo) {
      c_roots[i].hi = hi;
      return;
    }
  if (num_c_roots == MAX_ROOTS) gc_fatal("runtime: too many GC roots");
  c_roots[num_c_roots++] = (root_range){lo, hi};
}

void gocc_gc_remove_root(const void* lo) {
  for (int i = 0; i < num_c_roots; i++)
    if (c_roots[i].lo == lo) c_roots[i] = c_roots[--num_c_roots];
}

void gocc_gc_scan_g(const gocc_g* g, gocc_gc_scan_fn scan) {
  scan(&g->panic, &g->panic + 1);
  for (const gocc_frame* fr = g->frames; fr; fr = fr->link)
    for (const struct gocc_defer* d = fr->defers; d; d = d->link) scan(&d->closure, &d->closure + 1);
}

extern void* __libc_stack_end;
static uintptr_t registered_lo, registered_hi; /* gocc_gc_set_stack */
static uintptr_t main_lo, main_hi;             /* the process's main stack */
static uintptr_t mapping_lo, mapping_hi;       /* last mapping found in /proc/self/maps */

void gocc_gc_set_stack(const void* lo, const void* hi) {
  registered_lo = (uintptr_t)lo;
  registered_hi = (uintptr_t)hi;
}

static void find_main_stack(void) {
  struct rlimit rl;
  uint64_t limit = 8 << 20;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) limit = rl.rlim_cur;
  if (limit > (1ull << 30)) limit = 1ull << 30;
  main_hi = (uintptr_t)__libc_stack_end;
  main_lo = main_hi - limit;
}

/* The end of the mapping holding sp, from /proc/self/maps (read without allocating). */
static uintptr_t mapping_top(uintptr_t sp) {
  int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buf[4096];
  size_t have = 0;
  uintptr_t top = 0;
  for (;;) {
    ssize_t n = read(fd, buf + have, sizeof buf - 1 - have);
    if (n <= 0) break;
    have += (size_t)n;
    buf[have] = 0;
    char* line = buf;
    char* nl;
    while ((nl = strchr(line, '\n')) != NULL) {
      char* dash;
      uintptr_t lo = strtoull(line, &dash, 16), hi = strtoull(dash + 1, NULL, 16);
      if (sp >= lo && sp < hi) {
        mapping_lo = lo;
        mapping_hi = top = hi;
      }
      line = nl + 1;
    }
    have = (size_t)(buf + have - line);
    memmove(buf, line, have);
  }
  close(fd);
  return top;
}

/* ---- GOCCDEBUG=stackcheck ---- */

extern bool gocc_sched_in_stack(uintptr_t addr) __attribute__((weak));

/* The base addresses of the runtime's live objects: an open-addressed set (linear probing,
 * EMPTY and GONE marks), filled only under stackcheck. An address a typed object reuses is
 * taken out; one the sweeper freed stays until then, which only skips a dead object. */
enum { SET_EMPTY = 0, SET_GONE = 1 };
static uintptr_t* rt_set;
static uint64_t rt_cap, rt_used; /* slots; slots not EMPTY */

static uint64_t rt_slot(uintptr_t p) { return (p >> 4) * 0x9E3779B97F4A7C15ull >> 20; }

static void rt_insert(uintptr_t p);

static void rt_grow(void) {
  uintptr_t* old = rt_set;
  uint64_t old_cap = rt_cap;
  rt_cap = rt_cap ? rt_cap * 2 : 1 << 12;
  rt_set = mmap(NULL, rt_cap * sizeof(uintptr_t), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (rt_set == MAP_FAILED) gc_fatal("runtime: stackcheck: out of memory");
  rt_used = 0;
  for (uint64_t i = 0; i < old_cap; i++)
    if (old[i] > SET_GONE) rt_insert(old[i]);
  if (old != NULL) munmap(old, old_cap * sizeof(uintptr_t));
}

static void rt_insert(uintptr_t p) {
  if ((rt_used + 1) * 2 > rt_cap) rt_grow();
  for (uint64_t i = rt_slot(p) & (rt_cap - 1);; i = (i + 1) & (rt_cap - 1)) {
    if (rt_set[i] == p) return;
    if (rt_set[i] == SET_EMPTY) {
      rt_set[i] = p;
      rt_used++;
      return;
    }
  }
}

static bool runtime_object(uintptr_t base) {
  if (rt_cap == 0) return false;
  for (uint64_t i = rt_slot(base) & (rt_cap - 1);; i = (i + 1) & (rt_cap - 1)) {
    if (rt_set[i] == base) return true;
    if (rt_set[i] == SET_EMPTY) return false;
  }
}

void gocc_stackcheck_alloc(uintptr_t p, int runtime_obj) {
  if (runtime_obj) {
    rt_insert(p);
    return;
  }
  if (rt_cap == 0) return;
  for (uint64_t i = rt_slot(p) & (rt_cap - 1);; i = (i + 1) & (rt_cap - 1)) {
    if (rt_set[i] == p) {
      rt_set[i] = SET_GONE;
      return;
    }
    if (rt_set[i] == SET_EMPTY) return;
  }
}

static void check_not_stack(uintptr_t holder, uint64_t size, uintptr_t p, const char* what) {
  if (p == 0) return;
  if (main_hi == 0) find_main_stack();
  bool in_stack = (p >= main_lo && p < main_hi) || (p >= registered_lo && p < registered_hi) ||
                  (gocc_sched_in_stack != NULL && gocc_sched_in_stack(p));
  if (!in_stack) return;
  char msg[200];
  snprintf(msg, sizeof msg, "stackcheck: %s word at %#lx (%llu bytes) points into a stack: %#lx", what,
           (unsigned long)holder, (unsigned long long)size, (unsigned long)p);
  gc_fatal(msg);
}

static uintptr_t stack_top(uintptr_t sp) {
  if (sp >= registered_lo && sp < registered_hi) return registered_hi;
  if (main_hi == 0) find_main_stack();
  if (sp >= main_lo && sp < main_hi) return main_hi;
  if (sp >= mapping_lo && sp < mapping_hi) return mapping_hi;
  return mapping_top(sp);
}

int gocc_gc_scan_main_stack(gocc_gc_scan_fn scan, const void* sp) {
  uintptr_t top = stack_top((uintptr_t)sp);
  if (top == 0) return 0;
  scan(sp, (const void*)top);
  return 1;
}

__attribute__((weak)) void gocc_gc_scan_stacks(gocc_gc_scan_fn scan, const void* sp) {
  if (!gocc_gc_scan_main_stack(scan, sp)) gc_fatal("runtime: garbage collector cannot find the stack");
  gocc_gc_scan_g(gocc_curg, scan);
}

/* A fault becomes a panic on the signal stack, and the panic allocates: no cycle there (the
 * interrupted stack is not known); the next allocation will trigger one. */
static int on_signal_stack(uintptr_t sp) {
  if (sp >= registered_lo && sp < registered_hi) return 0;
  if (main_hi == 0) find_main_stack();
  if (sp >= main_lo && sp < main_hi) return 0;
  stack_t ss;
  return sigaltstack(NULL, &ss) == 0 && (ss.ss_flags & SS_ONSTACK);
}

static void mark_roots(const void* sp) {
  for (const gcroot* r = __start_gocc_gcroots; r && r < __stop_gocc_gcroots; r++) {
    const uintptr_t* words = r->addr;
    const uint8_t* bits = r->type->gcdata;
    for (uint64_t w = 0; w < r->type->ptrdata / 8; w++) {
      if (!(bits[w >> 3] & (1 << (w & 7)))) continue;
      if (GOCC_UNLIKELY(gocc_gc.stackcheck)) check_not_stack((uintptr_t)&words[w], r->type->size, words[w], "package variable");
      mark(words[w]);
    }
    drain();
  }
  for (int i = 0; i < num_c_roots; i++) scan_conservative(c_roots[i].lo, c_roots[i].hi);
  drain();
  gocc_gc_scan_stacks(scan_conservative, sp);
  drain();
}

/* ---- the cycle ---- */

static void trace_cycle(uint64_t before, int64_t pause, int forced) {
  char line[256];
  int64_t now = gocc_nanotime() - start_ns;
  int n = snprintf(line, sizeof line, "gc %u @%.3fs: %.3f ms pause, %llu->%llu MB, %llu MB goal, %llu MB heap%s\n",
                   gocc_gc_stats.num_gc, (double)now / 1e9, (double)pause / 1e6,
                   (unsigned long long)(before >> 20), (unsigned long long)(gocc_gc_stats.heap_marked >> 20),
                   (unsigned long long)(gocc_gc_stats.next_gc == UINT64_MAX ? 0 : gocc_gc_stats.next_gc >> 20),
                   (unsigned long long)(gocc_stats.heap_sys >> 20), forced ? " (forced)" : "");
  if (n > 0) (void)!write(2, line, (size_t)n);
}

/* The cycle proper: runs below gocc_gc_collect's frame, which holds the spilled registers. */
__attribute__((noinline)) static void run_cycle(int forced) {
  volatile uintptr_t here = 0;
  const void* sp = (const void*)&here;
  if (on_signal_stack((uintptr_t)sp)) return;
  in_cycle = 1;
  int64_t t0 = gocc_nanotime();
  uint64_t before = gocc_gc_stats.heap_live;
  gocc_heap_flush_caches();
  gocc_heap_finish_sweep();
  marked_bytes = 0;
  mark_roots(sp);
  gocc_heap_start_sweep();

  gocc_gcstats* st = &gocc_gc_stats;
  st->heap_marked = marked_bytes;
  st->heap_live = marked_bytes;
  if (gocc_gc.percent < 0) {
    st->next_gc = UINT64_MAX;
  } else {
    uint64_t goal = marked_bytes + marked_bytes * (uint64_t)gocc_gc.percent / 100;
    uint64_t minimum = (uint64_t)HEAP_MINIMUM * (uint64_t)gocc_gc.percent / 100;
    st->next_gc = goal > minimum ? goal : minimum;
  }
  gocc_heap_scavenge_paced();
  int64_t pause = gocc_nanotime() - t0;
  st->pause_ns[st->num_gc % 256] = (uint64_t)pause;
  st->last_gc = (uint64_t)gocc_walltime();
  st->pause_end[st->num_gc % 256] = st->last_gc;
  st->pause_total_ns += (uint64_t)pause;
  st->num_gc++;
  if (forced) st->num_forced_gc++;
  in_cycle = 0;
  if (gocc_gc.trace) trace_cycle(before, pause, forced);
}

__attribute__((noinline)) void gocc_gc_collect(int forced) {
  if (in_cycle) return;
  /* Every callee-saved register is saved in this frame, which the stack scan covers. */
  __builtin_unwind_init();
  jmp_buf regs;
  setjmp(regs);
  run_cycle(forced);
  __asm__ volatile("" : : "r"(&regs) : "memory");
}
