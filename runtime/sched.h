/* sched.h — goroutines, channels and timers shared between sched.c, chan.c, chan_select.c,
 * timer.c and the tests; not part of the ABI (the entry points codegen calls are in goccrt.h).
 *
 * The scheduler is M:1 and cooperative (docs/scheduler.md): one OS thread runs every
 * goroutine; a goroutine runs until it blocks (channel, select, sleep, semaphore), yields
 * (runtime.Gosched) or exits. Runnable goroutines wait in a FIFO queue. */
#ifndef GOCC_RUNTIME_SCHED_H
#define GOCC_RUNTIME_SCHED_H

#include "runtime/internal.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Why a goroutine is waiting; the text is gc's (printed after a deadlock). */
typedef enum gocc_wait_reason {
  GOCC_WAIT_NONE,
  GOCC_WAIT_CHAN_RECEIVE,
  GOCC_WAIT_CHAN_SEND,
  GOCC_WAIT_CHAN_RECEIVE_NIL,
  GOCC_WAIT_CHAN_SEND_NIL,
  GOCC_WAIT_SELECT,
  GOCC_WAIT_SELECT_NO_CASES,
  GOCC_WAIT_SLEEP,
  GOCC_WAIT_SEMACQUIRE,
  GOCC_WAIT_SYNC_COND_WAIT, /* a semaphore under sync.Cond.Wait */
} gocc_wait_reason;

typedef enum gocc_gstatus {
  GOCC_G_IDLE,     /* on the free list */
  GOCC_G_RUNNABLE, /* in the run queue */
  GOCC_G_RUNNING,
  GOCC_G_WAITING,
  GOCC_G_DEAD,
} gocc_gstatus;

struct gocc_sudog;

/* A goroutine. `g` (the ABI part: defer frames, panics) comes first so a gocc_g* is a
 * gocc_goroutine*. */
typedef struct gocc_goroutine {
  gocc_g g;
  void* sp;                     /* saved stack pointer while switched out */
  uint8_t* stack_lo;            /* usable stack [stack_lo, stack_hi), guard below; NULL until */
  uint8_t* stack_hi;            /* the goroutine first runs, and for main */
  int64_t id;
  struct gocc_goroutine* schedlink; /* run queue, free list */
  struct gocc_goroutine* alllink;   /* every goroutine ever created */
  void* entry;                  /* closure to run: void f(void* closure) */
  void* block[4];               /* a closure kept here instead of the heap (timer firings) */
  struct gocc_sudog* waiting;   /* select: the sudogs of this goroutine */
  void* param;                  /* set by whoever readies it: the sudog that completed */
  uint8_t status;               /* gocc_gstatus */
  uint8_t wait_reason;          /* gocc_wait_reason */
  uint8_t select_done;          /* select: a case already fired */
} gocc_goroutine;

/* A goroutine waiting on a channel (gc's sudog); lives in the waiting goroutine's frame. */
typedef struct gocc_sudog {
  gocc_goroutine* g;
  struct gocc_sudog* next;
  struct gocc_sudog* prev;
  void* elem;                   /* where to copy the value to / from (may be NULL) */
  struct gocc_hchan* c;
  struct gocc_sudog* waitlink;  /* select: next sudog of the same goroutine */
  int32_t case_index;           /* select: which case */
  uint8_t is_select;
  uint8_t success;              /* woken by a value (1) or by close (0) */
} gocc_sudog;

typedef struct gocc_waitq {
  gocc_sudog* first;
  gocc_sudog* last;
} gocc_waitq;

/* A channel. qcount and dataqsiz come first: len(c) and cap(c) are loads at offsets 0 and 8. */
typedef struct gocc_hchan {
  uint64_t qcount;
  uint64_t dataqsiz;
  uint8_t* buf;
  const gocc_type* elemtype;
  uint64_t elemsize;
  uint64_t sendx;
  uint64_t recvx;
  gocc_waitq recvq;
  gocc_waitq sendq;
  uint32_t closed;
  uint32_t pad;
} gocc_hchan;

extern gocc_goroutine* gocc_sched_curg(void);
/* Parks the current goroutine (status WAITING with reason) and runs others until someone
 * calls gocc_ready on it. Detects deadlock. */
void gocc_park(gocc_wait_reason reason);
/* Puts a waiting goroutine at the tail of the run queue. */
void gocc_ready(gocc_goroutine* g);
/* Starts a goroutine running closure (void f(void* closure)); returns it. */
gocc_goroutine* gocc_newproc(void* closure);
/* The same with a copy of a closure of at most four words kept in the goroutine's record. */
gocc_goroutine* gocc_newproc_inline(const void* closure, size_t size);
/* Runs runnable goroutines (and due timers) until none is left; for tests driving the
 * scheduler from C. */
void gocc_sched_run_until_idle(void);
int64_t gocc_sched_num_goroutines(void);
/* Per-goroutine stack size (GOCCDEBUG=stacksize=N, bytes). */
extern uint64_t gocc_stack_size;

/* Context switch (sched_amd64.S / sched_arm64.S): saves the callee-saved registers on the
 * current stack, stores the stack pointer in *save_sp, switches to new_sp and restores. */
void gocc_ctx_switch(void** save_sp, void* new_sp);

/* Semaphores keyed by address (sync.Mutex & co.): acquire blocks while *addr == 0. */
void gocc_semacquire(uint32_t* addr);
void gocc_semrelease(uint32_t* addr);

/* ---- timers (timer.c, timer_wheel.c) ----
 * A timer is embedded in Go objects (time.Timer's runtimeTimer, whose fields have gc's types,
 * so sizes match gc's) or in C frames. When it fires, cfn(t) is called if set (C timers, e.g.
 * waking a sleeper; arg.data is theirs); otherwise the Go function f(arg, 0) — a
 * func(any, uintptr) — runs in a new goroutine. A periodic timer is re-armed at when + k*period. */
typedef struct gocc_timer {
  int64_t idx;                      /* gc's pp: heap index + 1 (wheel: slot index + 1); 0 = not pending */
  int64_t when;
  int64_t period;
  void* f;                          /* Go func(arg any, seq uintptr) */
  gocc_iface arg;
  void (*cfn)(struct gocc_timer*);  /* gc's seq: a C callback (runtime-internal timers only) */
  int64_t nextwhen;                 /* unused */
  uint32_t status;                  /* wheel: bucket + 1 */
  uint32_t pad;
} gocc_timer;

void gocc_timer_add(gocc_timer* t);           /* t->when set; t must not be pending */
bool gocc_timer_del(gocc_timer* t);           /* whether t was pending */
bool gocc_timer_mod(gocc_timer* t, int64_t when, int64_t period); /* whether it was pending */
int64_t gocc_timer_next(void);                /* earliest deadline, or -1 with no timers */
int64_t gocc_timer_count(void);
/* Fires every timer due at `now` (earliest first); returns how many fired. */
int64_t gocc_timers_run(int64_t now);
/* Fires at most max of the timers due at `now`. */
int64_t gocc_timers_run_max(int64_t now, int64_t max);
/* Sleeps the current goroutine for ns nanoseconds. */
void gocc_sleep(int64_t ns);
/* The root range of the timer queue (pointers to timers), for the collector. */
void gocc_timers_roots(void (*scan_range)(const void* lo, const void* hi));
/* Selects the timing-wheel backend (GOCCDEBUG=timers=wheel); before any timer is added. */
void gocc_timers_use_wheel(bool on);

/* The collector's stack hook (declared with its contract in internal.h): scans the running
 * goroutine from sp, every other live goroutine from its saved stack pointer (its registers are
 * saved there), each goroutine's gocc_g, and the timer queue. */
void gocc_gc_scan_stacks(void (*scan)(const void* lo, const void* hi), const void* sp);

#ifdef __cplusplus
}
#endif

#endif
