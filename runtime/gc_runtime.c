/* gc_runtime.c — package runtime's memory functions (stdlib/runtime, body-less declarations
 * mapped to gocc_runtime_<Name>, docs/stdlib.md): GC, ReadMemStats, KeepAlive. */
#include "runtime/internal.h"

/* Go 1.19's runtime.MemStats, field for field. */
typedef struct go_memstats {
  uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
  uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
  uint64_t stack_inuse, stack_sys;
  uint64_t mspan_inuse, mspan_sys, mcache_inuse, mcache_sys, buck_hash_sys, gc_sys, other_sys;
  uint64_t next_gc, last_gc, pause_total_ns;
  uint64_t pause_ns[256];
  uint64_t pause_end[256];
  uint32_t num_gc, num_forced_gc;
  double gc_cpu_fraction;
  bool enable_gc, debug_gc;
  struct {
    uint32_t size;
    uint64_t mallocs, frees;
  } by_size[61];
} go_memstats;
_Static_assert(sizeof(go_memstats) == 5776, "unsafe.Sizeof(runtime.MemStats{}) under gc, amd64");
_Static_assert(offsetof(go_memstats, num_gc) == 4288, "MemStats.NumGC offset");

/* runtime.GC(): a full cycle, and the sweeping finished, as gc does before returning. */
void gocc_runtime_GC(void) {
  gocc_gc_collect(1);
  gocc_heap_finish_sweep();
}

void gocc_runtime_ReadMemStats(go_memstats* m) {
  const gocc_gcstats* st = &gocc_gc_stats;
  memset(m, 0, sizeof *m);
  m->alloc = m->heap_alloc = st->heap_alloc;
  m->total_alloc = gocc_stats.total_bytes;
  m->mallocs = gocc_stats.mallocs;
  m->frees = st->frees;
  m->heap_objects = gocc_stats.mallocs - st->frees;
  m->heap_sys = gocc_stats.heap_sys;
  m->heap_inuse = st->heap_inuse;
  m->heap_idle = gocc_stats.heap_sys - st->heap_inuse;
  m->heap_released = st->heap_released;
  m->sys = gocc_stats.heap_sys;
  m->next_gc = st->next_gc == UINT64_MAX ? 0 : st->next_gc;
  m->last_gc = st->last_gc;
  m->pause_total_ns = st->pause_total_ns;
  memcpy(m->pause_ns, st->pause_ns, sizeof m->pause_ns);
  memcpy(m->pause_end, st->pause_end, sizeof m->pause_end);
  m->num_gc = st->num_gc;
  m->num_forced_gc = st->num_forced_gc;
  m->enable_gc = true;
  for (int i = 0; i < 61; i++) {
    m->by_size[i].size = gocc_class_to_size[i];
    m->by_size[i].mallocs = st->bysize_mallocs[i];
    m->by_size[i].frees = st->bysize_frees[i];
  }
  m->by_size[0].mallocs = m->by_size[0].frees = 0; /* class 0 is large objects: not listed */
}

/* runtime.KeepAlive(x): the call itself keeps x reachable up to this point. */
__attribute__((noinline)) void gocc_runtime_KeepAlive(const void* tab, void* data) {
  __asm__ volatile("" : : "r"(tab), "r"(data) : "memory");
}
