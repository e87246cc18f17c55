/* panic.c — defer, panic and recover on setjmp/longjmp; fatal errors; fault signals.
 *
 * Every Go function that defers keeps a gocc_frame on its own stack: a jmp_buf and the list of
 * its pending deferred closures, linked into the goroutine's frame stack (G->frames). The
 * protocol generated code follows is in goccrt.h; in short:
 *
 *   entry     gocc_frame_push(&fr); if (_setjmp(fr.jb)) { gocc_frame_landing(&fr); return; }
 *   defer     gocc_defer(&fr, closure)
 *   return    gocc_frame_return(&fr): runs the deferred calls newest first, pops the frame
 *
 * gocc_panic pushes a panic record on G->panic and longjmps to the innermost frame. The landing
 * code runs that frame's deferred calls in "panicking mode". If one of them recovers, the
 * frame's remaining deferred calls run normally and the function returns normally (its
 * results are whatever its result slots hold). Otherwise the frame is popped and the panic
 * moves to the next frame; with no frames left the runtime prints the panic chain like gc and
 * exits with status 2.
 *
 * Nested panics: a deferred call that panics longjmps to the innermost frame, which may be the
 * very frame whose deferred call was running. The frame notices (fr->running is the older
 * panic), marks the older panic aborted, and continues with its remaining deferred calls under
 * the new panic. All panics stay on the chain until recovered, so an unrecovered one prints
 * "panic: first [recovered]\n\tpanic: second" as gc does; recovering a panic also drops the
 * aborted panics below it.
 *
 * recover() is gocc_recover(fp), fp being the frame address of the function that calls it. It
 * works only in a function called directly by a deferred-call trampoline running in panicking
 * mode: the trampoline records its own frame address in G->recover_fp and the caller's saved
 * frame pointer (*fp) must equal it. Frames save G->recover_fp when pushed and restore it when
 * landing or returning, which gives gc's rules for `defer recover()` and for deferred calls run
 * after a recovery (they behave like calls from the recovering function).
 *
 * runtime.Goexit is a panic nothing can recover (recover() returns nil under it): it runs every
 * deferred call of the goroutine, newest first, and when no frame is left the goroutine ends
 * (gocc_sched_goexit) instead of the program. A panic in one of those deferred calls prints
 * without it.
 *
 * Faults: SIGSEGV/SIGBUS below address 0x1000 become the nil-dereference runtime error,
 * SIGFPE the divide error; both are raised from the signal handler (on an alternate stack,
 * SA_NODEFER, so longjmp out of it is fine). Other faults and stack overflows are fatal.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>
#include <unistd.h>

#include "runtime/internal.h"

/* struct gocc_defer {link, closure} is in internal.h: the collector walks pending records. */

struct gocc_panic_rec {
  gocc_iface arg;
  struct gocc_panic_rec* link;
  uint8_t recovered;
  uint8_t aborted;
  uint8_t goexit; /* runtime.Goexit, not a panic */
};

/* gocc_curg (the running goroutine's gocc_g) is defined by the scheduler (sched.c). */
int64_t gocc_goid(void);
static gocc_defer_rec* defer_pool;
static int printing_panics;
static volatile int in_fault; /* a fault is being turned into a panic */

void gocc_frame_push(gocc_frame* fr) {
  gocc_g* g = gocc_curg;
  fr->link = g->frames;
  fr->defers = NULL;
  fr->saved_recover_fp = g->recover_fp;
  fr->running = NULL;
  g->frames = fr;
}

void gocc_defer(gocc_frame* fr, void* closure) {
  gocc_defer_rec* d = defer_pool;
  if (d) defer_pool = d->link;
  else d = gocc_persistent_alloc(sizeof *d);
  d->closure = closure;
  d->link = fr->defers;
  fr->defers = d;
}

static void* pop_defer(gocc_frame* fr) {
  gocc_defer_rec* d = fr->defers;
  fr->defers = d->link;
  void* closure = d->closure;
  d->link = defer_pool;
  defer_pool = d;
  return closure;
}

/* The deferred-call trampoline. In panicking mode its frame address is what recover() compares
 * against; it must keep a frame pointer and never tail-call. */
__attribute__((noinline)) static void call_deferred(void* closure, int panicking) {
  gocc_g* g = gocc_curg;
  void* saved = g->recover_fp;
  if (panicking) g->recover_fp = __builtin_frame_address(0);
  if (closure == NULL) gocc_panic_mem();
  ((void (*)(void*))(*(void**)closure))(closure);
  g->recover_fp = saved;
  __asm__ volatile("" ::: "memory");
}

void gocc_frame_return(gocc_frame* fr) {
  gocc_g* g = gocc_curg;
  g->recover_fp = fr->saved_recover_fp;
  while (fr->defers) call_deferred(pop_defer(fr), 0);
  g->frames = fr->link;
}

static GOCC_NORETURN void fatal_panic(void);

static GOCC_NORETURN void continue_panicking(void) {
  gocc_g* g = gocc_curg;
  if (g->frames == NULL) {
    if (g->panic->goexit) {
      g->panic = g->panic->link;
      gocc_sched_goexit();
    }
    fatal_panic();
  }
  longjmp(g->frames->jb, 1);
}

void gocc_frame_landing(gocc_frame* fr) {
  gocc_g* g = gocc_curg;
  gocc_panic_rec* p = g->panic;
  in_fault = 0;
  g->recover_fp = fr->saved_recover_fp;
  if (fr->running != NULL && fr->running != p) fr->running->aborted = 1;
  fr->running = NULL;
  while (fr->defers) {
    void* closure = pop_defer(fr);
    fr->running = p;
    call_deferred(closure, 1);
    fr->running = NULL;
    if (p->recovered) {
      g->panic = p->link;
      while (g->panic && g->panic->aborted) g->panic = g->panic->link;
      gocc_frame_return(fr);
      return;
    }
  }
  g->frames = fr->link;
  continue_panicking();
}

void gocc_panic(const gocc_type* t, void* data) {
  gocc_g* g = gocc_curg;
  if (printing_panics) gocc_throw("panic while printing panic value");
  gocc_panic_rec* p = gocc_alloc_words(sizeof *p);
  p->arg.tab = t;
  p->arg.data = data;
  p->link = g->panic;
  g->panic = p;
  continue_panicking();
}

void gocc_panic_iface(gocc_iface v) { gocc_panic(v.tab, v.data); }

void gocc_runtime_Goexit(void) {
  gocc_g* g = gocc_curg;
  gocc_panic_rec* p = gocc_alloc_words(sizeof *p);
  p->goexit = 1;
  p->link = g->panic;
  g->panic = p;
  continue_panicking();
}

gocc_iface gocc_recover(void* fp) {
  gocc_g* g = gocc_curg;
  gocc_panic_rec* p = g->panic;
  if (p && !p->recovered && !p->goexit && fp && g->recover_fp && *(void**)fp == g->recover_fp) {
    p->recovered = 1;
    return p->arg;
  }
  return (gocc_iface){NULL, NULL};
}

void gocc_defer_wrapper(void* fp) {
  gocc_g* g = gocc_curg;
  if (fp && g->recover_fp && *(void**)fp == g->recover_fp) g->recover_fp = fp;
}

/* ---- fatal output ---- */

static const char* signal_name(int sig) {
  switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    default: return NULL;
  }
}

static void print_signal_line(void) {
  gocc_g* g = gocc_curg;
  if (g->sig == 0) return;
  const char* name = signal_name(g->sig);
  gocc_print_cstr("[signal ");
  if (name) gocc_print_cstr(name);
  else gocc_printhex((uint64_t)g->sig);
  gocc_print_cstr(" code=");
  gocc_printhex(g->sigcode);
  gocc_print_cstr(" addr=");
  gocc_printhex(g->sigaddr);
  gocc_print_cstr(" pc=");
  gocc_printhex(g->sigpc);
  gocc_print_cstr("]\n");
}

static GOCC_NORETURN void die(void) {
  gocc_print_cstr("\ngoroutine ");
  gocc_printint(gocc_goid());
  gocc_print_cstr(" [running]:\n\t(gocc: no traceback)\n");
  gocc_printunlock();
  gocc_exit(2);
}

/* Values with Error() or String() methods print as the method's result (gc's preprintpanics). */
static void preprint(gocc_panic_rec* p) {
  static gocc_string boxes[64];
  gocc_gc_add_root(boxes, boxes + 64); /* Error() results, kept while later ones allocate */
  int n = 0;
  for (; p; p = p->link) {
    if (p->goexit) continue;
    const gocc_type* t = p->arg.tab;
    void* fn = gocc_find_string_method(t, "Error");
    if (fn == NULL) fn = gocc_find_string_method(t, "String");
    if (fn == NULL) continue;
    gocc_string s = ((gocc_string(*)(void*))fn)(p->arg.data);
    gocc_string* box = n < 64 ? &boxes[n++] : gocc_new(&gocc_type_string);
    *box = s;
    p->arg.tab = &gocc_type_string;
    p->arg.data = box;
  }
}

static void print_panics(gocc_panic_rec* p) {
  while (p && p->goexit) p = p->link;
  if (p == NULL) return;
  gocc_panic_rec* older = p->link;
  while (older && older->goexit) older = older->link;
  if (older) {
    print_panics(older);
    gocc_print_cstr("\t");
  }
  gocc_print_cstr("panic: ");
  gocc_print_any(p->arg.tab, p->arg.data);
  if (p->recovered) gocc_print_cstr(" [recovered]");
  gocc_print_cstr("\n");
}

static void fatal_panic(void) {
  gocc_g* g = gocc_curg;
  printing_panics = 1;
  preprint(g->panic);
  printing_panics = 0;
  gocc_printlock();
  print_panics(g->panic);
  print_signal_line();
  die();
}

void gocc_throw(const char* msg) {
  gocc_printlock();
  gocc_print_cstr("fatal error: ");
  gocc_print_cstr(msg);
  gocc_print_cstr("\n");
  print_signal_line();
  die();
}

/* ---- signals ---- */

static void on_fault(int sig, siginfo_t* info, void* context) {
  gocc_g* g = gocc_curg;
  ucontext_t* uc = context;
  uintptr_t pc = 0, sp = 0;
#if defined(__x86_64__)
  pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
  sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP];
#elif defined(__aarch64__)
  pc = (uintptr_t)uc->uc_mcontext.pc;
  sp = (uintptr_t)uc->uc_mcontext.sp;
#endif
  uintptr_t addr = (uintptr_t)info->si_addr;
  if (in_fault) {
    /* A fault while turning a fault into a panic: the runtime itself is broken. */
    static const char msg[] = "fatal error: unexpected signal during runtime execution\n";
    if (write(2, msg, sizeof msg - 1) < 0) _exit(2);
    _exit(2);
  }
  in_fault = 1;
  g->sig = sig;
  g->sigcode = (uint64_t)(int64_t)info->si_code;
  g->sigaddr = addr;
  g->sigpc = pc;
  if (sig == SIGFPE) {
    if (info->si_code == FPE_INTDIV) gocc_panic_divide();
    if (info->si_code == FPE_INTOVF) gocc_panic_errorstring("integer overflow");
    gocc_panic_errorstring("floating point error");
  }
  if (addr < 0x1000) gocc_panic_mem();
  if (sp && addr < sp + 4096 && addr + 256 * 1024 > sp) {
    gocc_printlock();
    gocc_print_cstr("runtime: goroutine stack exceeds its limit\nfatal error: stack overflow\n");
    print_signal_line();
    die();
  }
  gocc_printlock();
  gocc_print_cstr("unexpected fault address ");
  gocc_printhex(addr);
  gocc_print_cstr("\nfatal error: fault\n");
  print_signal_line();
  die();
}

void gocc_signals_init(void) {
  static uint8_t* altstack;
  enum { ALTSTACK_SIZE = 256 * 1024 };
  if (altstack == NULL) {
    altstack = gocc_persistent_alloc(ALTSTACK_SIZE);
    stack_t ss = {.ss_sp = altstack, .ss_size = ALTSTACK_SIZE, .ss_flags = 0};
    sigaltstack(&ss, NULL);
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_fault;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
}
