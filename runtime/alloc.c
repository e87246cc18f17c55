/* alloc.c — the heap allocator, modelled on TCMalloc and Go's mallocgc, and the sweeper.
 *
 * Memory comes from the OS in 64 MiB arenas (mmap, aligned to 64 MiB). An arena is cut into
 * 8 KiB pages; runs of pages are spans. Each arena has a metadata block (gocc_arena_meta) with
 * a page -> span table, so the span of any interior address is two loads away: the arena index
 * (address >> 26 in a flat table covering the 48-bit address space) and the page number.
 * The metadata block also holds the heap pointer bitmap: one bit per 8-byte word of the arena,
 * written at allocation from the object's type (gcdata repeated per array element), which the
 * collector (gc.c) scans objects by. Mark bits are per span (span->markbits).
 *
 * Small objects (<= 32 KiB) are rounded up to one of Go 1.19's 67 size classes (the table below
 * is runtime/sizeclasses.go's), and each class has spans of a fixed number of pages, cut into
 * equal objects. A span class is (size class, noscan): objects with and without pointers live in
 * different spans, so the collector never looks into noscan spans.
 *
 *   mcache   one span per span class to allocate from: the fast path finds the next zero bit
 *            in span->allocbits, sets it and returns base + index * elemsize;
 *   mcentral per span class, lists of spans with free objects (partial) and without (full);
 *            an exhausted mcache span goes back to mcentral and a partial or new span replaces it;
 *   mheap    free page runs (first fit, split, coalesced on free); grows by mapping arenas.
 *
 * Objects over 32 KiB get their own span of whole pages (size class 0), kept on a list of large
 * spans. Fresh OS memory is zero; a span whose memory was used before carries needzero and
 * objects are cleared on allocation, so every allocation returns zeroed memory.
 *
 * Sweeping is lazy, as in Go. Every span list comes in two generations indexed by sweep_phase:
 * [sweep_phase] holds spans swept in this cycle, [!sweep_phase] those still to sweep. After
 * the mark phase gocc_heap_start_sweep flips sweep_phase, so every in-use span becomes
 * unswept at once. Sweeping a span makes its mark bits the new allocation bits (unmarked
 * objects are free), and a span left empty goes back to the page heap. Spans are swept when
 * the allocator looks for a span of their class, before the page heap grows (every pending
 * span), and before the next mark phase. Page runs free for a whole cycle are returned to the
 * OS with madvise(MADV_DONTNEED) (the scavenger) while the memory kept exceeds the heap goal
 * by more than 10%, at gc's pace (about 4 KiB per millisecond); released runs count in
 * HeapReleased.
 * Single-threaded: the mcache is one global, and nothing takes locks.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

#include "runtime/internal.h"

enum {
  ARENA_SHIFT = GOCC_ARENA_SHIFT,
  ARENA_SIZE = GOCC_ARENA_SIZE,
  ARENA_PAGES = GOCC_ARENA_PAGES,
  ARENA_INDEX_BITS = 48 - ARENA_SHIFT,
  NUM_SPAN_CLASSES = GOCC_NUM_SIZE_CLASSES * 2,
};

const uint16_t gocc_class_to_size[GOCC_NUM_SIZE_CLASSES] = {
    0,    8,    16,   24,   32,   48,   64,   80,    96,    112,   128,   144,   160,   176,
    192,  208,  224,  240,  256,  288,  320,  352,   384,   416,   448,   480,   512,   576,
    640,  704,  768,  896,  1024, 1152, 1280, 1408,  1536,  1792,  2048,  2304,  2688,  3072,
    3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784,  6912,  8192,  9472,  9728,  10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

const uint8_t gocc_class_to_npages[GOCC_NUM_SIZE_CLASSES] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6,
    5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4};

/* size_to_class8[ceil(size/8)] for size <= 1016; size_to_class128[ceil((size-1024)/128)]. */
static const uint8_t size_to_class8[1024 / 8 + 1] = {
    0,  1,  2,  3,  4,  5,  5,  6,  6,  7,  7,  8,  8,  9,  9,  10, 10, 11, 11, 12, 12, 13,
    13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21,
    21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27,
    27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29,
    29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31,
    31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32};
static const uint8_t size_to_class128[(32768 - 1024) / 128 + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44,
    44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49,
    50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53,
    54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57,
    57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61,
    61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63,
    63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66,
    66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67};

typedef gocc_arena_meta arena_meta;

typedef struct span_list {
  gocc_span* first;
} span_list;

typedef struct mcentral {
  span_list partial[2]; /* spans with free objects, not cached; [sweep_phase] swept */
  span_list full[2];
} mcentral;

uint8_t gocc_zerobase[8];
gocc_memstats gocc_stats;
gocc_arena_meta** gocc_arena_index; /* 2^22 entries, mapped lazily by the OS */
uintptr_t gocc_heap_lo = 1, gocc_heap_hi = 1;

#define arena_index gocc_arena_index
static int sweep_phase;
static span_list large[2];                  /* large-object spans; [sweep_phase] swept */
static uint64_t unswept_spans;              /* spans on the [!sweep_phase] lists */
static uint32_t gc_cycle;                   /* cycles since start, for the scavenger */
static gocc_span* mcache[NUM_SPAN_CLASSES]; /* the current span of each span class */
static mcentral central[NUM_SPAN_CLASSES];
static gocc_span empty_span;                /* placeholder with no free objects */
static span_list heap_free;                 /* free page runs */
static span_list span_pool;                 /* recycled span structures */

static GOCC_NORETURN void out_of_memory(uint64_t size) {
  fprintf(stderr, "fatal error: runtime: out of memory (allocating %llu bytes)\n",
          (unsigned long long)size);
  exit(2);
}

static void* sys_map(uint64_t size) {
  void* p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
                 -1, 0);
  if (p == MAP_FAILED) out_of_memory(size);
  return p;
}

/* Maps `size` bytes aligned to `align` (a power of two) by over-mapping and trimming. */
static void* sys_map_aligned(uint64_t size, uint64_t align) {
  uint8_t* p = sys_map(size + align);
  uintptr_t start = ((uintptr_t)p + align - 1) & ~(uintptr_t)(align - 1);
  if (start > (uintptr_t)p) munmap(p, start - (uintptr_t)p);
  uintptr_t end = start + size, map_end = (uintptr_t)p + size + align;
  if (map_end > end) munmap((void*)end, map_end - end);
  return (void*)start;
}

void* gocc_persistent_alloc(uint64_t size) {
  static uint8_t* chunk;
  static uint64_t left;
  size = (size + 15) & ~(uint64_t)15;
  if (size > 64 * 1024) return sys_map(size);
  if (size > left) {
    chunk = sys_map(256 * 1024);
    left = 256 * 1024;
  }
  void* p = chunk;
  chunk += size;
  left -= size;
  return p;
}

static void list_push(span_list* l, gocc_span* s) {
  s->prev = NULL;
  s->next = l->first;
  if (l->first) l->first->prev = s;
  l->first = s;
}

/* Inserts a free run into heap_free, which is kept in address order (see heap_alloc_span). */
static void free_runs_insert(gocc_span* s) {
  gocc_span* prev = NULL;
  for (gocc_span* t = heap_free.first; t && t->base < s->base; t = t->next) prev = t;
  if (!prev) {
    list_push(&heap_free, s);
    return;
  }
  s->prev = prev;
  s->next = prev->next;
  if (prev->next) prev->next->prev = s;
  prev->next = s;
}

static void list_remove(span_list* l, gocc_span* s) {
  if (s->prev) s->prev->next = s->next;
  else l->first = s->next;
  if (s->next) s->next->prev = s->prev;
  s->next = s->prev = NULL;
}

static gocc_span* new_span_struct(void) {
  gocc_span* s = span_pool.first;
  if (s) list_remove(&span_pool, s);
  else s = gocc_persistent_alloc(sizeof(gocc_span));
  memset(s, 0, sizeof *s);
  return s;
}

static inline arena_meta* arena_of(uintptr_t addr) { return gocc_arena_of(addr); }

/* Records s as the owner of its pages (all of them, or only the first and last for free runs,
 * which is all coalescing needs). */
static void set_spans(gocc_span* s, gocc_span* owner, int all) {
  uintptr_t first = s->base, last = s->base + (s->npages - 1) * GOCC_PAGE_SIZE;
  for (uintptr_t a = first; a <= last; a += GOCC_PAGE_SIZE) {
    if (!all && a != first && a != last) {
      a = last - GOCC_PAGE_SIZE;
      continue;
    }
    arena_of(a)->spans[(a >> GOCC_PAGE_SHIFT) & (ARENA_PAGES - 1)] = owner;
  }
}

/* Maps new arenas holding at least npages pages and adds them to the free runs. */
static void heap_grow(uint64_t npages) {
  uint64_t bytes = (npages * GOCC_PAGE_SIZE + ARENA_SIZE - 1) & ~(uint64_t)(ARENA_SIZE - 1);
  uintptr_t base = (uintptr_t)sys_map_aligned(bytes, ARENA_SIZE);
  if ((base + bytes) >> 48) out_of_memory(bytes);
  for (uintptr_t a = base; a < base + bytes; a += ARENA_SIZE)
    arena_index[a >> ARENA_SHIFT] = sys_map(sizeof(arena_meta));
  if (gocc_heap_lo == gocc_heap_hi) {
    gocc_heap_lo = base;
    gocc_heap_hi = base + bytes;
  } else {
    if (base < gocc_heap_lo) gocc_heap_lo = base;
    if (base + bytes > gocc_heap_hi) gocc_heap_hi = base + bytes;
  }
  gocc_stats.heap_sys += bytes;
  gocc_span* s = new_span_struct();
  s->base = base;
  s->npages = bytes / GOCC_PAGE_SIZE;
  s->state = GOCC_SPAN_FREE;
  s->free_cycle = gc_cycle;
  set_spans(s, s, 0);
  free_runs_insert(s);
}

static uint64_t inuse_spans; /* spans of objects (small or large) */

/* The lowest free run of at least npages pages, preferring runs still backed by memory (not
 * scavenged): reusing a released run costs a page fault per page. */
static gocc_span* heap_find_free(uint64_t npages) {
  gocc_span* released = NULL;
  for (gocc_span* s = heap_free.first; s; s = s->next) {
    if (s->npages < npages) continue;
    if (!s->scavenged) return s;
    if (!released) released = s;
  }
  return released;
}

/* mheap: a span of npages pages, address-ordered first fit over the free runs (gc's policy: the
 * heap is used from the bottom, the scavenger releases from the top, so that released memory
 * is not what the next allocation takes back). When nothing fits, pending spans are swept
 * first (they may free pages), and only then does the heap grow. */
static gocc_span* heap_alloc_span(uint64_t npages) {
  for (int attempt = 0; attempt < 3; attempt++) {
    gocc_span* s = heap_find_free(npages);
    if (s) {
      list_remove(&heap_free, s);
      if (s->npages > npages) { /* split: the tail stays free */
        gocc_span* rest = new_span_struct();
        rest->base = s->base + npages * GOCC_PAGE_SIZE;
        rest->npages = s->npages - npages;
        rest->state = GOCC_SPAN_FREE;
        rest->needzero = s->needzero;
        rest->scavenged = s->scavenged;
        rest->free_cycle = s->free_cycle;
        set_spans(rest, rest, 0);
        free_runs_insert(rest);
        s->npages = npages;
      }
      if (s->scavenged) gocc_gc_stats.heap_released -= npages * GOCC_PAGE_SIZE;
      s->scavenged = 0;
      s->state = GOCC_SPAN_IN_USE;
      set_spans(s, s, 1);
      gocc_gc_stats.heap_inuse += npages * GOCC_PAGE_SIZE;
      inuse_spans++;
      return s;
    }
    if (attempt == 0 && unswept_spans > 0) gocc_heap_finish_sweep();
    else heap_grow(npages);
  }
  out_of_memory(npages * GOCC_PAGE_SIZE);
}

/* Merges free run b into a (adjacent, a first); b's structure is recycled. */
static void merge_free(gocc_span* a, gocc_span* b) {
  if (a->scavenged != b->scavenged) /* the merged run counts as not released */
    gocc_gc_stats.heap_released -= (a->scavenged ? a->npages : b->npages) * GOCC_PAGE_SIZE;
  a->npages += b->npages;
  a->needzero |= b->needzero;
  a->scavenged &= b->scavenged;
  if (b->free_cycle > a->free_cycle) a->free_cycle = b->free_cycle;
  list_push(&span_pool, b);
}

/* Returns a span's pages to the free runs, merging with free neighbours. */
static void heap_free_span(gocc_span* s) {
  gocc_gc_stats.heap_inuse -= s->npages * GOCC_PAGE_SIZE;
  inuse_spans--;
  s->state = GOCC_SPAN_FREE;
  s->needzero = 1;
  s->scavenged = 0;
  s->in_cache = 0;
  s->free_cycle = gc_cycle;
  gocc_span* before = gocc_span_of((const void*)(s->base - 1));
  if (before && before->state == GOCC_SPAN_FREE && arena_of(s->base - 1) == arena_of(s->base)) {
    list_remove(&heap_free, before);
    merge_free(before, s);
    s = before;
  }
  uintptr_t end = s->base + s->npages * GOCC_PAGE_SIZE;
  gocc_span* after = gocc_span_of((const void*)end);
  if (after && after->state == GOCC_SPAN_FREE && arena_of(end) == arena_of(end - 1)) {
    list_remove(&heap_free, after);
    merge_free(s, after);
  }
  set_spans(s, s, 0);
  free_runs_insert(s);
}

/* Releases free runs idle for a whole cycle while the memory kept (mapped minus released) is
 * above the heap goal plus 10%, gc's scavenger goal: memory the next cycle will reuse stays.
 * `budget` bounds the bytes released (whole runs: the last one may overshoot it); returns the
 * bytes released. */
uint64_t gocc_heap_scavenge(uint64_t budget) {
  uint64_t goal = gocc_gc_stats.next_gc, retain = goal + goal / 10, released = 0;
  if (goal == UINT64_MAX) retain = gocc_gc_stats.heap_inuse + gocc_gc_stats.heap_inuse / 10;
  gocc_span* last = heap_free.first;
  while (last && last->next) last = last->next;
  for (gocc_span* s = last; s && released < budget; s = s->prev) { /* from the top down */
    if (gocc_stats.heap_sys - gocc_gc_stats.heap_released <= retain) break;
    if (s->scavenged || s->free_cycle >= gc_cycle) continue; /* freed since the last cycle */
    uint64_t bytes = s->npages * GOCC_PAGE_SIZE;
    madvise((void*)s->base, bytes, MADV_DONTNEED);
    s->scavenged = 1;
    s->needzero = 0; /* private anonymous pages come back zero */
    gocc_gc_stats.heap_released += bytes;
    released += bytes;
  }
  return released;
}

/* The scavenger's pace, gc's: at most 1% of the time, at gc's (pessimistic) estimate of 10 us
 * to release a 4 KiB page and fault it back in, i.e. 4 KiB per millisecond since the last
 * call. Unused credit carries over up to SCAVENGE_MAX_CREDIT; an overshoot is a debt. Without
 * the pace, a program whose heap swings between cycles (maps growing and dropped, every
 * round of the map benchmark) released at each cycle what the next one faulted back: the map
 * benchmark spent a third of its time in page faults and clearing pages. */
enum { SCAVENGE_BYTES_PER_MS = 4096 };
#define SCAVENGE_MAX_CREDIT ((int64_t)256 << 20)

void gocc_heap_scavenge_paced(void) {
  static int64_t credit, last_ns;
  int64_t now = gocc_nanotime();
  if (last_ns != 0) credit += (now - last_ns) / 1000000 * SCAVENGE_BYTES_PER_MS;
  last_ns = now;
  if (credit > SCAVENGE_MAX_CREDIT) credit = SCAVENGE_MAX_CREDIT;
  if (credit > 0) credit -= (int64_t)gocc_heap_scavenge((uint64_t)credit);
}

int gocc_size_to_class(uint64_t size) {
  if (size <= 1024 - 8) return size_to_class8[(size + 7) >> 3];
  return size_to_class128[(size - 1024 + 127) >> 7];
}

uint64_t gocc_roundupsize(uint64_t size) {
  if (size < GOCC_MAX_SMALL_SIZE) return gocc_class_to_size[gocc_size_to_class(size)];
  if (size + GOCC_PAGE_SIZE < size) return size;
  return (size + GOCC_PAGE_SIZE - 1) & ~(uint64_t)(GOCC_PAGE_SIZE - 1);
}

/* ---- sweeping ---- */

/* Sweeps s, which is on no list: unmarked objects become free. Returns 0 if the span was
 * empty and went back to the page heap. */
static int sweep_span(gocc_span* s) {
  if (s->sizeclass == 0) {
    if (s->markbits[0] & 1) {
      s->markbits[0] = 0;
      return 1;
    }
    s->allocbits[0] = 0;
    s->allocated = 0;
    gocc_gc_stats.frees++;
    gocc_gc_stats.heap_alloc -= s->elemsize;
    gocc_gc_stats.bysize_frees[0]++;
    heap_free_span(s);
    return 0;
  }
  uint32_t freed = 0, words = (s->nelems + 63) / 64;
  for (uint32_t w = 0; w < words; w++) {
    uint64_t live = s->markbits[w];
    freed += (uint32_t)__builtin_popcountll(s->allocbits[w] & ~live);
    s->allocbits[w] = live;
    s->markbits[w] = 0;
  }
  s->freeindex = 0;
  if (freed) {
    s->allocated -= freed;
    s->needzero = 1;
    gocc_gc_stats.frees += freed;
    gocc_gc_stats.heap_alloc -= (uint64_t)freed * s->elemsize;
    gocc_gc_stats.bysize_frees[s->sizeclass] += freed;
  }
  if (s->allocated == 0) {
    heap_free_span(s);
    return 0;
  }
  return 1;
}

/* Sweeps every pending span of one list, moving the survivors to the swept lists. */
static void sweep_list(span_list* l, int spc) {
  gocc_span* s;
  while ((s = l->first) != NULL) {
    list_remove(l, s);
    unswept_spans--;
    if (!sweep_span(s)) continue;
    if (spc < 0) list_push(&large[sweep_phase], s);
    else list_push(s->allocated == s->nelems ? &central[spc].full[sweep_phase] : &central[spc].partial[sweep_phase], s);
  }
}

void gocc_heap_finish_sweep(void) {
  int old = !sweep_phase; /* every list, whatever the count says: an unswept span must not survive a flip */
  for (int spc = 0; spc < NUM_SPAN_CLASSES; spc++) {
    sweep_list(&central[spc].partial[old], spc);
    sweep_list(&central[spc].full[old], spc);
  }
  sweep_list(&large[old], -1);
  unswept_spans = 0;
}

void gocc_heap_start_sweep(void) {
  sweep_phase ^= 1;
  unswept_spans = inuse_spans;
  gc_cycle++;
}

/* mcentral: a span of span class spc with at least one free object. Pending spans of the class
 * are swept before a new span is taken from the page heap. */
static gocc_span* central_cache_span(int spc) {
  mcentral* c = &central[spc];
  gocc_span* s = c->partial[sweep_phase].first;
  if (s) {
    list_remove(&c->partial[sweep_phase], s);
    s->in_cache = 1;
    return s;
  }
  int old = !sweep_phase;
  while ((s = c->partial[old].first) != NULL || (s = c->full[old].first) != NULL) {
    list_remove(s->allocated == s->nelems ? &c->full[old] : &c->partial[old], s);
    unswept_spans--;
    if (!sweep_span(s)) continue;
    if (s->allocated < s->nelems) {
      s->in_cache = 1;
      return s;
    }
    list_push(&c->full[sweep_phase], s);
  }
  int cl = spc >> 1;
  s = heap_alloc_span(gocc_class_to_npages[cl]);
  s->sizeclass = (uint8_t)cl;
  s->noscan = spc & 1;
  s->elemsize = gocc_class_to_size[cl];
  s->nelems = (uint32_t)(s->npages * GOCC_PAGE_SIZE / s->elemsize);
  s->divmagic = (uint32_t)(UINT32_MAX / s->elemsize + 1);
  s->freeindex = 0;
  s->allocated = 0;
  memset(s->allocbits, 0, sizeof s->allocbits);
  memset(s->markbits, 0, sizeof s->markbits);
  s->in_cache = 1;
  return s;
}

static void central_uncache_span(int spc, gocc_span* s) {
  s->in_cache = 0;
  mcentral* c = &central[spc];
  list_push(s->allocated == s->nelems ? &c->full[sweep_phase] : &c->partial[sweep_phase], s);
}

void gocc_heap_flush_caches(void) {
  for (int spc = 0; spc < NUM_SPAN_CLASSES; spc++) {
    if (mcache[spc] != &empty_span) central_uncache_span(spc, mcache[spc]);
    mcache[spc] = &empty_span;
  }
}

static inline void* span_next_free(gocc_span* s) {
  uint32_t i = s->freeindex;
  while (i < s->nelems) {
    uint64_t free_bits = ~s->allocbits[i >> 6] >> (i & 63);
    if (free_bits) {
      i += (uint32_t)__builtin_ctzll(free_bits);
      if (i >= s->nelems) break;
      s->allocbits[i >> 6] |= (uint64_t)1 << (i & 63);
      s->freeindex = i + 1;
      s->allocated++;
      return (void*)(s->base + (uint64_t)i * s->elemsize);
    }
    i = (i | 63) + 1;
  }
  s->freeindex = s->nelems;
  return NULL;
}

__attribute__((constructor)) static void alloc_init(void) {
  if (arena_index != NULL) return;
  arena_index = sys_map(sizeof(arena_meta*) << ARENA_INDEX_BITS);
  for (int i = 0; i < NUM_SPAN_CLASSES; i++) mcache[i] = &empty_span;
}

static void* alloc_small_refill(int spc) {
  if (GOCC_UNLIKELY(arena_index == NULL)) alloc_init();
  gocc_gc_maybe_collect();
  gocc_span* old = mcache[spc];
  if (old != &empty_span) central_uncache_span(spc, old);
  gocc_span* s = central_cache_span(spc);
  mcache[spc] = s;
  return span_next_free(s);
}

static void* alloc_large(uint64_t size, int noscan) {
  if (GOCC_UNLIKELY(arena_index == NULL)) alloc_init();
  gocc_gc_maybe_collect();
  uint64_t npages = (size + GOCC_PAGE_SIZE - 1) >> GOCC_PAGE_SHIFT;
  gocc_span* s = heap_alloc_span(npages);
  s->sizeclass = 0;
  s->noscan = (uint8_t)noscan;
  s->elemsize = npages * GOCC_PAGE_SIZE;
  s->nelems = 1;
  s->allocated = 1;
  s->freeindex = 1;
  s->allocbits[0] = 1;
  s->markbits[0] = 0;
  if (s->needzero) memset((void*)s->base, 0, s->elemsize);
  s->needzero = 0;
  list_push(&large[sweep_phase], s);
  return (void*)s->base;
}

/* ---- the heap pointer bitmap ---- */

/* Clears the bits of words [word, word + n) of arena m's bitmap. */
static void ptrbits_clear(arena_meta* m, uint64_t word, uint64_t n) {
  while (n > 0) {
    uint64_t bit = word & 63, take = 64 - bit < n ? 64 - bit : n;
    uint64_t mask = take == 64 ? ~0ull : ((1ull << take) - 1) << bit;
    m->ptrbits[word >> 6] &= ~mask;
    word += take;
    n -= take;
  }
}

/* Writes the pointer bits of an object at p: `rounded` bytes (its slot) cleared, then, for the
 * first `size` bytes holding values of type t, the pointer words of each element set
 * (t == NULL: every word may be a pointer). Objects may span arenas (large objects). */
static void heapbits_set(uintptr_t p, uint64_t rounded, uint64_t size, const gocc_type* t) {
  /* The common case, one small object (new(T), &T{...}) whose slot lies within one bitmap word
   * and whose pointer words are among its first 8: one read-modify-write of that word. */
  uint64_t words = rounded >> 3, first = (p & (ARENA_SIZE - 1)) >> 3, bit = first & 63;
  if (t != NULL && size == t->size && t->ptrdata <= 64 && bit + words <= 64) {
    uint64_t slot = words == 64 ? ~0ull : ((1ull << words) - 1) << bit;
    uint64_t ptrs = (uint64_t)(t->gcdata[0] & (uint8_t)((1u << (t->ptrdata >> 3)) - 1)) << bit;
    uint64_t* w = &arena_of(p)->ptrbits[first >> 6];
    *w = (*w & ~slot) | ptrs;
    return;
  }
  for (uintptr_t a = p; a < p + rounded;) {
    uintptr_t chunk_end = (a & ~(uintptr_t)(ARENA_SIZE - 1)) + ARENA_SIZE;
    if (chunk_end > p + rounded) chunk_end = p + rounded;
    ptrbits_clear(arena_of(a), (a & (ARENA_SIZE - 1)) >> 3, (chunk_end - a) >> 3);
    a = chunk_end;
  }
  arena_meta* m = arena_of(p);
  int one_arena = ((p ^ (p + size - 1)) >> ARENA_SHIFT) == 0;
  if (t == NULL) {
    for (uintptr_t a = p; a < p + size; a += 8) {
      if (!one_arena) m = arena_of(a);
      uint64_t b = (a & (ARENA_SIZE - 1)) >> 3;
      m->ptrbits[b >> 6] |= 1ull << (b & 63);
    }
    return;
  }
  uint64_t ptr_words = t->ptrdata / 8;
  uint64_t n = t->size ? size / t->size : 0;
  for (uint64_t e = 0; e < n; e++) {
    uintptr_t elem = p + e * t->size;
    for (uint64_t w = 0; w < ptr_words; w++) {
      if (!(t->gcdata[w >> 3] & (1 << (w & 7)))) continue;
      uintptr_t a = elem + w * 8;
      if (!one_arena) m = arena_of(a);
      uint64_t b = (a & (ARENA_SIZE - 1)) >> 3;
      m->ptrbits[b >> 6] |= 1ull << (b & 63);
    }
  }
}

/* Clears a small object's slot: the smallest size classes with stores of a constant size
 * (inline), not a call of the C library's memset each time. */
static inline void zero_small(void* p, uint64_t n) {
  switch (n) {
    case 8: memset(p, 0, 8); break;
    case 16: memset(p, 0, 16); break;
    case 24: memset(p, 0, 24); break;
    case 32: memset(p, 0, 32); break;
    case 48: memset(p, 0, 48); break;
    case 64: memset(p, 0, 64); break;
    default: memset(p, 0, n); break;
  }
}

static void* mallocgc(uint64_t size, const gocc_type* t, int all_pointers) {
  if (GOCC_UNLIKELY(size == 0)) return gocc_zerobase;
  if (GOCC_UNLIKELY(gocc_gc.stress) && gocc_gc.disabled == 0) gocc_gc_collect(0);
  int noscan = !all_pointers && (t == NULL || t->ptrdata == 0);
  void* p;
  uint64_t rounded;
  int cl = 0;
  if (GOCC_LIKELY(size <= GOCC_MAX_SMALL_SIZE)) {
    cl = gocc_size_to_class(size);
    int spc = cl << 1 | noscan;
    gocc_span* s = mcache[spc];
    p = span_next_free(s);
    if (GOCC_UNLIKELY(p == NULL)) {
      p = alloc_small_refill(spc);
      s = mcache[spc];
    }
    rounded = s->elemsize;
    if (s->needzero) zero_small(p, rounded);
  } else {
    if (size > GOCC_MAX_ALLOC) gocc_panic_plain("runtime: allocation size out of range");
    p = alloc_large(size, noscan);
    rounded = (size + GOCC_PAGE_SIZE - 1) & ~(uint64_t)(GOCC_PAGE_SIZE - 1);
  }
  if (!noscan) heapbits_set((uintptr_t)p, rounded, size, all_pointers ? NULL : t);
  gocc_stats.mallocs++;
  gocc_stats.total_bytes += rounded;
  if (GOCC_UNLIKELY(gocc_debug.allocs >= 2)) gocc_count_site(rounded);
  if (GOCC_UNLIKELY(gocc_gc.stackcheck)) gocc_stackcheck_alloc((uintptr_t)p, all_pointers);
  gocc_gc_stats.heap_alloc += rounded;
  gocc_gc_stats.heap_live += rounded;
  gocc_gc_stats.bysize_mallocs[cl]++;
  return p;
}

void* gocc_alloc(uint64_t size, const gocc_type* t) { return mallocgc(size, t, 0); }
void* gocc_new(const gocc_type* t) { return mallocgc(t->size, t, 0); }
void* gocc_alloc_words(uint64_t size) { return mallocgc(size, NULL, 1); }
void* gocc_alloc_noscan(uint64_t size) { return mallocgc(size, NULL, 0); }

gocc_span* gocc_span_of(const void* p) {
  arena_meta* m = arena_of((uintptr_t)p);
  if (m == NULL) return NULL;
  gocc_span* s = m->spans[((uintptr_t)p >> GOCC_PAGE_SHIFT) & (ARENA_PAGES - 1)];
  if (s == NULL || (uintptr_t)p < s->base || (uintptr_t)p >= s->base + s->npages * GOCC_PAGE_SIZE)
    return NULL;
  return s;
}

void* gocc_object_base(const void* p) {
  gocc_span* s = gocc_span_of(p);
  if (s == NULL || s->state != GOCC_SPAN_IN_USE) return NULL;
  uint64_t off = (uintptr_t)p - s->base;
  uint64_t idx = s->sizeclass ? (off * s->divmagic) >> 32 : 0;
  if (idx >= s->nelems || !(s->allocbits[idx >> 6] & (1ull << (idx & 63)))) return NULL;
  return (void*)(s->base + idx * s->elemsize);
}

int gocc_heap_is_pointer(const void* p) {
  arena_meta* m = arena_of((uintptr_t)p);
  if (m == NULL) return 0;
  uint64_t word = ((uintptr_t)p & (ARENA_SIZE - 1)) >> 3;
  return (m->ptrbits[word >> 6] >> (word & 63)) & 1;
}

void gocc_read_memstats(gocc_memstats* out) { *out = gocc_stats; }
