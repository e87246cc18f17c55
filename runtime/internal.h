/* internal.h — declarations shared between the runtime's C files; not part of the ABI. */
#ifndef GOCC_RUNTIME_INTERNAL_H
#define GOCC_RUNTIME_INTERNAL_H

#include <string.h>

#include "runtime/goccrt.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GOCC_LIKELY(x) __builtin_expect(!!(x), 1)
#define GOCC_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- allocator internals (alloc.c) ---- */

enum {
  GOCC_PAGE_SHIFT = 13,
  GOCC_PAGE_SIZE = 1 << GOCC_PAGE_SHIFT,
  GOCC_NUM_SIZE_CLASSES = 68, /* class 0 is "large" */
  GOCC_MAX_SMALL_SIZE = 32768,
  GOCC_MAX_ALLOC_SHIFT = 47,
};
#define GOCC_MAX_ALLOC ((uint64_t)1 << GOCC_MAX_ALLOC_SHIFT)

enum { GOCC_SPAN_FREE = 0, GOCC_SPAN_IN_USE = 1 };
enum { GOCC_SPAN_BITMAP_WORDS = 16 }; /* room for 1024 objects: the 8-byte class in one page */

typedef struct gocc_span {
  uintptr_t base;
  uint64_t npages;
  struct gocc_span* next; /* list links: mcentral lists, large-object lists, heap free list */
  struct gocc_span* prev;
  uint64_t elemsize;
  uint32_t nelems;
  uint32_t freeindex;    /* no free object below this index */
  uint32_t allocated;    /* objects allocated */
  uint32_t divmagic;     /* (offset * divmagic) >> 32 == offset / elemsize for small classes */
  uint8_t sizeclass;     /* 0 for large spans */
  uint8_t noscan;        /* objects contain no pointers */
  uint8_t state;         /* GOCC_SPAN_* */
  uint8_t needzero;      /* memory may be dirty (reused) */
  uint8_t in_cache;      /* currently an mcache span */
  uint8_t scavenged;     /* free run whose pages were returned to the OS (madvise) */
  uint8_t unused[2];
  uint32_t free_cycle;   /* free runs: GC cycle in which the run became free */
  uint32_t unused2;
  uint64_t allocbits[GOCC_SPAN_BITMAP_WORDS]; /* 1 = object allocated */
  uint64_t markbits[GOCC_SPAN_BITMAP_WORDS];  /* 1 = object marked reachable in this cycle */
} gocc_span;

/* Arenas: 64 MiB of address space each, with a metadata block (page -> span table and the
 * heap pointer bitmap, one bit per word). arena_index covers the 48-bit address space. */
enum {
  GOCC_ARENA_SHIFT = 26,
  GOCC_ARENA_SIZE = 1 << GOCC_ARENA_SHIFT,
  GOCC_ARENA_PAGES = GOCC_ARENA_SIZE / GOCC_PAGE_SIZE,
  GOCC_ARENA_WORDS = GOCC_ARENA_SIZE / 8,
};
/* Unaligned little-endian loads of 8 and 4 bytes (the hash and the map's key comparison). */
static inline uint64_t gocc_read8(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
static inline uint64_t gocc_read4(const uint8_t* p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}

typedef struct gocc_arena_meta {
  gocc_span* spans[GOCC_ARENA_PAGES];
  uint64_t ptrbits[GOCC_ARENA_WORDS / 64];
} gocc_arena_meta;
extern gocc_arena_meta** gocc_arena_index;
extern uintptr_t gocc_heap_lo, gocc_heap_hi; /* bounds of every arena mapped so far */

static inline gocc_arena_meta* gocc_arena_of(uintptr_t addr) {
  if (addr - gocc_heap_lo >= gocc_heap_hi - gocc_heap_lo) return NULL;
  return gocc_arena_index[addr >> GOCC_ARENA_SHIFT];
}

extern const uint16_t gocc_class_to_size[GOCC_NUM_SIZE_CLASSES];
extern const uint8_t gocc_class_to_npages[GOCC_NUM_SIZE_CLASSES];
int gocc_size_to_class(uint64_t size); /* size <= GOCC_MAX_SMALL_SIZE */

/* The span containing address p (any interior address), or NULL if p is not in the heap. */
gocc_span* gocc_span_of(const void* p);
/* Start of the object containing p, or NULL if p is not in an allocated object. */
void* gocc_object_base(const void* p);
/* 1 if the heap word at p (8-aligned, inside an allocated object) may hold a pointer. */
int gocc_heap_is_pointer(const void* p);
/* Allocation for runtime-internal objects whose every word may be a pointer (map buckets). */
void* gocc_alloc_words(uint64_t size);
void* gocc_alloc_noscan(uint64_t size);
/* Off-heap memory for runtime metadata; never freed. */
void* gocc_persistent_alloc(uint64_t size);
extern gocc_memstats gocc_stats;

/* Sweeping, called by the collector (alloc.c). Spans live on per-class lists (and a list of
 * large spans) that come in two generations: swept and unswept. */
void gocc_heap_flush_caches(void);  /* mcache spans back to their mcentral lists */
void gocc_heap_finish_sweep(void);  /* sweeps every span not yet swept in this cycle */
void gocc_heap_start_sweep(void);   /* after marking: every in-use span becomes unswept */
/* Returns to the OS (madvise) free page runs that stayed free for a whole GC cycle, about
 * `budget` bytes of them; returns the bytes released. The collector calls the paced form
 * after each cycle, whose budget grows with the time since its last call (gc's pace). */
uint64_t gocc_heap_scavenge(uint64_t budget);
void gocc_heap_scavenge_paced(void);

/* ---- garbage collector (gc.c) ---- */

typedef struct gocc_gcstats {
  uint64_t frees;         /* objects freed by the sweeper */
  uint64_t heap_alloc;    /* bytes of allocated objects, unswept garbage included */
  uint64_t heap_live;     /* pacer's view: bytes marked by the last cycle + allocated since */
  uint64_t heap_marked;   /* bytes marked by the last cycle */
  uint64_t heap_inuse;    /* bytes in in-use spans */
  uint64_t heap_released; /* bytes of free runs returned to the OS */
  uint64_t next_gc;       /* heap_live that triggers the next cycle */
  uint64_t last_gc;       /* wall clock (ns since 1970) at the end of the last cycle */
  uint64_t pause_total_ns;
  uint64_t pause_ns[256]; /* circular, like MemStats.PauseNs */
  uint64_t pause_end[256];
  uint32_t num_gc;
  uint32_t num_forced_gc;
  uint64_t bysize_mallocs[GOCC_NUM_SIZE_CLASSES];
  uint64_t bysize_frees[GOCC_NUM_SIZE_CLASSES];
} gocc_gcstats;
extern gocc_gcstats gocc_gc_stats;

typedef struct gocc_gc_settings {
  int percent; /* GOGC: next goal = marked * (1 + percent/100); < 0 is GOGC=off */
  int trace;   /* GOCCDEBUG=gctrace=1 */
  int stress;  /* GOCCDEBUG=gcstress=1: a cycle before every allocation */
  int stackcheck; /* GOCCDEBUG=stackcheck=1: no heap pointer into a stack (gc.c) */
  int disabled; /* > 0: no automatic cycles (nesting count; runtime.GC still collects) */
} gocc_gc_settings;
extern gocc_gc_settings gocc_gc;

/* stackcheck: mallocgc reports each allocation, `runtime_object` for gocc_alloc_words. */
void gocc_stackcheck_alloc(uintptr_t p, int runtime_object);

/* A full stop-the-world cycle: mark from the roots, then sweep lazily. */
void gocc_gc_collect(int forced);
/* The allocator's trigger, on its slow paths: a cycle when the pacer's goal is reached. */
static inline void gocc_gc_maybe_collect(void) {
  if (GOCC_UNLIKELY(gocc_gc_stats.heap_live >= gocc_gc_stats.next_gc) && gocc_gc.percent >= 0 &&
      gocc_gc.disabled == 0)
    gocc_gc_collect(0);
}

/* Roots. A scan function marks, conservatively, every word of [lo, hi) that points into an
 * allocated heap object (any interior address counts). lo and hi need not be aligned. */
typedef void (*gocc_gc_scan_fn)(const void* lo, const void* hi);

/* Registers a range of C memory outside the heap and the stacks (a static variable, an
 * off-heap block) that may hold heap pointers; it is scanned conservatively in every cycle.
 * The runtime's own such places are listed in docs/gc.md ("C-side roots"). */
void gocc_gc_add_root(const void* lo, const void* hi);
void gocc_gc_remove_root(const void* lo);

/* The stack-scanning hook: called once per cycle, on the stack of the goroutine that
 * triggered the cycle (every other goroutine is switched out), with `sp` the collector's
 * stack pointer: every frame of the running goroutine, and its callee-saved registers
 * (spilled by the collector), lie in [sp, top of that stack). An implementation must call
 *   scan(sp, top of the running stack)                 for the running goroutine,
 *   scan(saved sp, top of its stack)                   for every other live goroutine (its
 *                                                      saved registers must be in that range),
 *   gocc_gc_scan_g(g, scan)                            for every live goroutine's gocc_g,
 * and scan(&field, &field + 1) for every heap pointer the scheduler itself keeps in memory the
 * collector does not see (malloc'd or static: a goroutine's entry closure before it first
 * runs, channel and timer queues outside the heap). It must not allocate. The runtime's
 * definition is weak and handles the one main goroutine (gocc_gc_scan_main_stack below); a
 * scheduler replaces it with a strong definition. */
void gocc_gc_scan_stacks(gocc_gc_scan_fn scan, const void* sp);
/* Scans what a goroutine's runtime state references from off the stack and heap: its active
 * panics (g->panic) and the closures of its pending deferred calls (records off-heap). */
void gocc_gc_scan_g(const gocc_g* g, gocc_gc_scan_fn scan);
/* scan(sp, top) for the stack sp is on: a stack registered with gocc_gc_set_stack, the
 * process's main stack (top: glibc's __libc_stack_end), or else the mapping that contains sp
 * (from /proc/self/maps). Returns 1, or 0 (scanning nothing) if no stack holds sp. */
int gocc_gc_scan_main_stack(gocc_gc_scan_fn scan, const void* sp);
/* Code that moves main onto a stack of its own (a large mmap'd stack) registers it here,
 * [lo, hi) with hi its top, before running Go code on it; NULL, NULL unregisters it. */
void gocc_gc_set_stack(const void* lo, const void* hi);

/* Defer records (panic.c): off-heap, found through the frames of g->frames. */
struct gocc_defer {
  struct gocc_defer* link;
  void* closure;
};

/* Ends the running goroutine (sched.c): after runtime.Goexit has run its deferred calls, or
 * when its function returns. For main, the program goes on until nothing else can run. */
GOCC_NORETURN void gocc_sched_goexit(void);

/* ---- panics (panic.c) ---- */
GOCC_NORETURN void gocc_panic_iface(gocc_iface v);
GOCC_NORETURN void gocc_fatal_signal(const char* text);
/* Panic with a *TypeAssertionError. */
GOCC_NORETURN void gocc_panic_type_assertion(const gocc_type* iface, const gocc_type* have,
                                             const gocc_type* want, gocc_string missing);
void gocc_signals_init(void);

/* ---- printing (print.c) ---- */
void gocc_print_cstr(const char* s);
/* GOCCDEBUG=allocs=2 (sites.c): count an object of `bytes` against gocc_alloc_site; print the
 * per-site counts. */
void gocc_count_site(uint64_t bytes);
void gocc_print_sites(void);
void gocc_print_gostr(gocc_string s);
void gocc_print_flush(void);
/* Prints an interface value as gc's printany does for panic values. */
void gocc_print_any(const gocc_type* t, const void* data);

/* ---- interfaces (iface.c) ---- */
/* Looks up an exported niladic method `name` of type `func() string` in t's method set. */
void* gocc_find_string_method(const gocc_type* t, const char* name);
void* gocc_iface_data_ptr(const gocc_type* t, void* const* data); /* pointer to the value */
gocc_string gocc_cstring(const char* s);
bool gocc_string_eq(gocc_string a, gocc_string b);

/* ---- maps/hash (map.c) ---- */
void gocc_hash_init(void);

/* ---- os (os.c) ---- */
void gocc_run_exit_hooks(void);
void gocc_debug_parse(const char* env);

#ifdef __cplusplus
}
#endif

#endif
