/* sched.c — goroutines on an M:1 cooperative scheduler.
 *
 * One OS thread runs every goroutine. Each goroutine but main has its own stack of
 * gocc_stack_size bytes (MAP_NORESERVE: pages are committed when touched), below which a 64 KiB
 * guard region turns an overflow into a fault the signal handler reports as `fatal error: stack
 * overflow`. Stacks are carved from chunks of 64: one mmap each, the guards installed with
 * madvise(MADV_GUARD_INSTALL) (Linux 6.13+), which costs no extra memory map, so the number of
 * goroutines is not capped by vm.max_map_count (65,530 maps; mprotect'ed guards take two maps
 * per stack, the fallback on older kernels). A goroutine gets its stack when it first runs, not
 * when `go` creates it: a burst of goroutines that each run to completion (timers firing
 * AfterFunc) needs a few stacks, not one per goroutine.
 * Switching is gocc_ctx_switch (sched_<arch>.S): callee-saved registers pushed on the old
 * stack, stack pointer swapped. There is no scheduler stack: a goroutine that blocks picks the
 * next runnable goroutine itself (schedule) and switches straight to it.
 *
 * Runnable goroutines wait in a FIFO queue. schedule() fires due timers (which may make
 * goroutines runnable: up to 64 when the queue is empty, else one) and pops the head; when
 * nothing can run but
 * timers are pending it sleeps in clock_nanosleep until the earliest deadline — no polling;
 * with no timers either, every goroutine is blocked forever: gc's deadlock error.
 *
 * A goroutine that returns from its function becomes DEAD; its record and its stack go to free
 * lists for the next `go` statement. The stack cannot be recycled while we still run on it, so
 * the dead goroutine is handed over in `dead_pending` and recycled by whoever runs next
 * (finish_switch). When main.main returns the program exits, whatever other goroutines do.
 *
 * Semaphores (for sync) are queues of waiters keyed by address, with direct hand-off: a
 * release wakes the first waiter without incrementing the count. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "runtime/sched.h"

extern void gocc_gostart(void);
void gocc_goroutine_main(void);

uint64_t gocc_stack_size = 1 << 20;

static gocc_goroutine main_g = {.id = 1, .status = GOCC_G_RUNNING};
gocc_g* gocc_curg = &main_g.g;
static gocc_goroutine* curg = &main_g;
static gocc_goroutine* runq_head;
static gocc_goroutine* runq_tail;
static gocc_goroutine* free_gs;   /* dead goroutines (records only) */
static uint8_t* free_stacks;      /* tops of unused stacks; the next one is stored below the top */
static gocc_goroutine* all_gs = &main_g;
static gocc_goroutine* dead_pending;
static int64_t next_goid = 2;
static int64_t live_gs = 1;

gocc_goroutine* gocc_sched_curg(void) { return curg; }
int64_t gocc_goid(void) { return curg->id; }
int64_t gocc_sched_num_goroutines(void) { return live_gs; }

static void runq_put(gocc_goroutine* g) {
  g->schedlink = NULL;
  if (runq_tail) runq_tail->schedlink = g;
  else runq_head = g;
  runq_tail = g;
}

static gocc_goroutine* runq_get(void) {
  gocc_goroutine* g = runq_head;
  if (g) {
    runq_head = g->schedlink;
    if (runq_head == NULL) runq_tail = NULL;
  }
  return g;
}

void gocc_ready(gocc_goroutine* g) {
  g->status = GOCC_G_RUNNABLE;
  g->wait_reason = GOCC_WAIT_NONE;
  runq_put(g);
}

/* ---- stacks ---- */

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL 102
#endif

enum { STACKS_PER_CHUNK = 64, STACK_GUARD = 64 << 10 };

typedef struct stack_chunk {
  uint8_t* base;
  size_t stride; /* guard + stack */
  struct stack_chunk* next;
} stack_chunk;

static stack_chunk* chunks;
static uint8_t* chunk_next; /* the next unused stack slot of the newest chunk */
static int chunk_left;

static size_t stack_bytes(void) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  return (gocc_stack_size + page - 1) & ~(page - 1);
}

static void new_chunk(void) {
  size_t stride = STACK_GUARD + stack_bytes();
  uint8_t* m = mmap(NULL, stride * STACKS_PER_CHUNK, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  stack_chunk* c = malloc(sizeof *c);
  if (m == MAP_FAILED || c == NULL) gocc_throw("out of memory allocating goroutine stack");
  for (int i = 0; i < STACKS_PER_CHUNK; i++) {
    uint8_t* guard = m + (size_t)i * stride;
    if (madvise(guard, STACK_GUARD, MADV_GUARD_INSTALL) != 0 &&
        mprotect(guard, STACK_GUARD, PROT_NONE) != 0) {
      gocc_throw("cannot install a goroutine stack guard");
    }
  }
  *c = (stack_chunk){.base = m, .stride = stride, .next = chunks};
  chunks = c;
  chunk_next = m;
  chunk_left = STACKS_PER_CHUNK;
}

/* Gives g a stack laid out as if g had been switched out just before gocc_gostart. */
static void start_stack(gocc_goroutine* g) {
  uint8_t* hi = free_stacks;
  if (hi) {
    free_stacks = ((uint8_t**)hi)[-1];
  } else {
    if (chunk_left == 0) new_chunk();
    hi = chunk_next + STACK_GUARD + stack_bytes();
    chunk_next += STACK_GUARD + stack_bytes();
    chunk_left--;
  }
  g->stack_hi = hi;
  g->stack_lo = hi - stack_bytes();
  /* The closure also sits at the top of the stack (the collector scans g->entry too). */
  void** top = (void**)hi;
  top[-1] = g->entry;
  top[-2] = NULL;
#if defined(__x86_64__)
  void** sp = top - 2 - 8; /* r15 r14 r13 r12 rbx rbp, return address, padding */
  memset(sp, 0, 8 * sizeof(void*));
  sp[6] = (void*)gocc_gostart;
#elif defined(__aarch64__)
  void** sp = top - 2 - 22; /* 176-byte register block; x30 at 88 */
  memset(sp, 0, 22 * sizeof(void*));
  sp[11] = (void*)gocc_gostart;
#else
#error "gocc: no context switch for this architecture"
#endif
  g->sp = sp;
}

/* Recycles the goroutine that exited before this switch: its stack and its record. */
static void finish_switch(void) {
  gocc_goroutine* d = dead_pending;
  if (d) {
    dead_pending = NULL;
    ((uint8_t**)d->stack_hi)[-1] = free_stacks;
    free_stacks = d->stack_hi;
    d->stack_lo = d->stack_hi = NULL;
    d->sp = NULL;
    d->status = GOCC_G_IDLE;
    d->schedlink = free_gs;
    free_gs = d;
  }
}

static void switch_to(gocc_goroutine* g) {
  gocc_goroutine* prev = curg;
  g->status = GOCC_G_RUNNING;
  curg = g;
  gocc_curg = &g->g;
  if (g != prev) {
    if (g->sp == NULL) start_stack(g);
    gocc_ctx_switch(&prev->sp, g->sp);
    finish_switch();
  }
}

static const char* wait_text(int reason) {
  switch (reason) {
    case GOCC_WAIT_CHAN_RECEIVE: return "chan receive";
    case GOCC_WAIT_CHAN_SEND: return "chan send";
    case GOCC_WAIT_CHAN_RECEIVE_NIL: return "chan receive (nil chan)";
    case GOCC_WAIT_CHAN_SEND_NIL: return "chan send (nil chan)";
    case GOCC_WAIT_SELECT: return "select";
    case GOCC_WAIT_SELECT_NO_CASES: return "select (no cases)";
    case GOCC_WAIT_SLEEP: return "sleep";
    case GOCC_WAIT_SEMACQUIRE: return "semacquire";
    case GOCC_WAIT_SYNC_COND_WAIT: return "sync.Cond.Wait";
    default: return "running";
  }
}

static int main_goexited; /* main called runtime.Goexit: it waits forever, uncounted */

static GOCC_NORETURN void deadlock(void) {
  gocc_printlock();
  if (main_goexited && live_gs == 0) {
    gocc_print_cstr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    gocc_printunlock();
    gocc_exit(2);
  }
  gocc_print_cstr("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [");
  gocc_print_cstr(main_g.status == GOCC_G_WAITING ? wait_text(main_g.wait_reason) : "running");
  gocc_print_cstr("]:\n\t(gocc: no traceback)\n");
  gocc_printunlock();
  gocc_exit(2);
}

static void idle_until(int64_t when) {
  struct timespec ts = {.tv_sec = when / 1000000000, .tv_nsec = when % 1000000000};
  while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL) == EINTR) {
  }
}

enum { TIMER_BATCH = 64 };

/* Runs the next runnable goroutine; returns when the current one is running again (or never,
 * when it is dead). */
static void schedule(void) {
  for (;;) {
    if (gocc_timer_count() > 0) {
      /* Due timers fire in batches while nothing else can run, one per switch otherwise: each
       * may start a goroutine, and a million due at once (AfterFunc) must not mean a million
       * goroutines queued; fired one per switch, the run queue does not grow. */
      if (runq_head == NULL) gocc_timers_run_max(gocc_nanotime(), TIMER_BATCH);
      else if (gocc_timer_next() <= gocc_nanotime()) gocc_timers_run_max(gocc_nanotime(), 1);
    }
    gocc_goroutine* g = runq_get();
    if (g) {
      switch_to(g);
      return;
    }
    int64_t next = gocc_timer_next();
    if (next < 0) deadlock();
    idle_until(next);
  }
}

void gocc_park(gocc_wait_reason reason) {
  curg->status = GOCC_G_WAITING;
  curg->wait_reason = (uint8_t)reason;
  schedule();
}

static gocc_goroutine* alloc_g(void) {
  gocc_goroutine* g = free_gs;
  if (g) {
    free_gs = g->schedlink;
    return g;
  }
  g = calloc(1, sizeof *g);
  if (g == NULL) gocc_throw("out of memory allocating a goroutine");
  g->alllink = all_gs;
  all_gs = g;
  return g;
}

/* The goroutine gets its stack when it first runs (switch_to). */
gocc_goroutine* gocc_newproc(void* closure) {
  gocc_goroutine* g = alloc_g();
  memset(&g->g, 0, sizeof g->g);
  g->id = next_goid++;
  g->entry = closure;
  memset(g->block, 0, sizeof g->block);
  g->waiting = NULL;
  g->param = NULL;
  g->select_done = 0;
  g->sp = NULL;
  live_gs++;
  gocc_ready(g);
  return g;
}

/* A goroutine whose closure (up to four words, copied) lives in its own record: no allocation. */
gocc_goroutine* gocc_newproc_inline(const void* closure, size_t size) {
  gocc_goroutine* g = gocc_newproc(NULL);
  memcpy(g->block, closure, size);
  g->entry = g->block;
  return g;
}

/* Called by `go f(x)`: closure is a block whose first word is void (*)(void* closure). */
void gocc_go(void* closure) { gocc_newproc(closure); }

void gocc_goroutine_main(void) {
  finish_switch();
  gocc_goroutine* g = curg;
  void* c = g->entry;
  ((void (*)(void*))(*(void**)c))(c);
  gocc_sched_goexit();
}

void gocc_sched_goexit(void) {
  gocc_goroutine* g = curg;
  if (g == &main_g) {
    /* gc: the program goes on without main; when nothing else can run, that is a deadlock. */
    main_goexited = 1;
    live_gs--;
    gocc_park(GOCC_WAIT_NONE);
    gocc_throw("main goroutine resumed after runtime.Goexit");
  }
  g->entry = NULL;
  g->status = GOCC_G_DEAD;
  live_gs--;
  dead_pending = g;
  schedule();
  gocc_throw("dead goroutine resumed");
}

void gocc_gosched(void) {
  if (runq_head == NULL && gocc_timer_count() == 0) return;
  gocc_ready(curg);
  schedule();
}

void gocc_sched_run_until_idle(void) {
  while (runq_head != NULL || gocc_timer_count() > 0) {
    gocc_ready(curg);
    schedule();
  }
}

/* ---- stacks as GC roots ----
 * The collector (gc.c) calls gocc_gc_scan_stacks once per cycle. Its helpers are weak
 * references so the scheduler also links without the collector (runtime unit tests). */

typedef void (*scan_fn)(const void* lo, const void* hi);
extern int gocc_gc_scan_main_stack(scan_fn scan, const void* sp) __attribute__((weak));
extern void gocc_gc_scan_g(const gocc_g* g, scan_fn scan) __attribute__((weak));

void gocc_gc_scan_stacks(scan_fn scan, const void* sp) {
  for (gocc_goroutine* g = all_gs; g; g = g->alllink) {
    if (g->status == GOCC_G_IDLE || g->status == GOCC_G_DEAD) continue;
    const void* from = g == curg ? sp : g->sp;
    if (g == &main_g) {
      if (gocc_gc_scan_main_stack) gocc_gc_scan_main_stack(scan, from);
    } else {
      /* A goroutine that has not started has no stack yet: its closure is in entry (and maybe
       * in block). */
      scan(&g->entry, &g->block[4]);
      if (from != NULL && (const uint8_t*)from < g->stack_hi) scan(from, g->stack_hi);
    }
    if (gocc_gc_scan_g) gocc_gc_scan_g(&g->g, scan);
  }
  gocc_timers_roots(scan);
}

/* Whether addr is in a goroutine stack (any slot of a stack chunk, guards included). */
bool gocc_sched_in_stack(uintptr_t addr) {
  for (stack_chunk* c = chunks; c; c = c->next) {
    uintptr_t base = (uintptr_t)c->base;
    if (addr >= base && addr < base + c->stride * STACKS_PER_CHUNK) return true;
  }
  return false;
}

/* Whether addr is in the guard region of a goroutine stack. */
bool gocc_sched_is_guard(uintptr_t addr) {
  for (stack_chunk* c = chunks; c; c = c->next) {
    uintptr_t base = (uintptr_t)c->base;
    if (addr >= base && addr < base + c->stride * STACKS_PER_CHUNK) {
      return (addr - base) % c->stride < STACK_GUARD;
    }
  }
  return false;
}

/* ---- semaphores ---- */

typedef struct sema_waiter {
  uint32_t* addr;
  gocc_goroutine* g;
  struct sema_waiter* next;
} sema_waiter;

enum { SEMA_BUCKETS = 251 };
/* Waiters of every address hashing to a bucket, in arrival order (tail kept: acquire is O(1)). */
typedef struct sema_bucket {
  sema_waiter* head;
  sema_waiter* tail;
} sema_bucket;
static sema_bucket sema_table[SEMA_BUCKETS];

static sema_bucket* bucket_of(uint32_t* addr) {
  return &sema_table[((uintptr_t)addr >> 3) % SEMA_BUCKETS];
}

/* Waits until *addr > 0 and decrements it; a goroutine that sleeps shows `reason`. */
static void sema_acquire(uint32_t* addr, int reason) {
  if (*addr > 0) {
    (*addr)--;
    return;
  }
  sema_waiter w = {.addr = addr, .g = curg, .next = NULL};
  sema_bucket* b = bucket_of(addr);
  if (b->tail) b->tail->next = &w;
  else b->head = &w;
  b->tail = &w;
  gocc_park(reason);
}

void gocc_semacquire(uint32_t* addr) { sema_acquire(addr, GOCC_WAIT_SEMACQUIRE); }

void gocc_semrelease(uint32_t* addr) {
  sema_bucket* b = bucket_of(addr);
  sema_waiter* prev = NULL;
  for (sema_waiter* w = b->head; w; prev = w, w = w->next) {
    if (w->addr == addr) {
      if (prev) prev->next = w->next;
      else b->head = w->next;
      if (b->tail == w) b->tail = prev;
      gocc_ready(w->g);
      return;
    }
  }
  (*addr)++;
}

/* ---- hooks for the standard library (runtime, sync) ---- */

void gocc_runtime_Gosched(void) { gocc_gosched(); }
int64_t gocc_runtime_NumGoroutine(void) { return live_gs; }

/* NumCPU and GOMAXPROCS report what gc reports (the online CPUs; GOMAXPROCS returns the previous
 * setting and changes it when n > 0). The setting is kept but does not change how gocc runs
 * goroutines: they all share one thread (M:1). */
int64_t gocc_runtime_NumCPU(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? n : 1;
}
static int64_t gomaxprocs;
int64_t gocc_runtime_GOMAXPROCS(int64_t n) {
  if (gomaxprocs == 0) {
    const char* env = getenv("GOMAXPROCS");
    long v = env != NULL ? strtol(env, NULL, 10) : 0;
    gomaxprocs = v > 0 ? v : gocc_runtime_NumCPU();
  }
  int64_t old = gomaxprocs;
  if (n > 0) gomaxprocs = n;
  return old;
}
void gocc_sync_runtime_Semacquire(uint32_t* addr) { gocc_semacquire(addr); }
void gocc_sync_runtime_SemacquireCond(uint32_t* addr) { sema_acquire(addr, GOCC_WAIT_SYNC_COND_WAIT); }
void gocc_sync_runtime_SemacquireMutex(uint32_t* addr, bool lifo, int64_t skipframes) {
  (void)lifo, (void)skipframes;
  gocc_semacquire(addr);
}
void gocc_sync_runtime_Semrelease(uint32_t* addr, bool handoff, int64_t skipframes) {
  (void)handoff, (void)skipframes;
  gocc_semrelease(addr);
}
void gocc_sync_throw(const uint8_t* p, int64_t n) {
  gocc_printlock();
  gocc_print_cstr("fatal error: ");
  gocc_print_gostr((gocc_string){p, n});
  gocc_print_cstr("\n\ngoroutine ");
  gocc_printint(curg->id);
  gocc_print_cstr(" [running]:\n\t(gocc: no traceback)\n");
  gocc_printunlock();
  gocc_exit(2);
}
