/* mainstack.c — main.main runs on a large stack of its own.
 *
 * gc grows goroutine stacks on demand up to 1 GB (runtime.maxstacksize), so Go programs recurse
 * far deeper than the 8 MiB a C program's main thread gets from the default RLIMIT_STACK. gocc
 * does not grow stacks; instead package initialisation and main.main run on one big mapping:
 * GOCC_MAIN_STACK_SIZE bytes of address space reserved with MAP_NORESERVE (pages are committed
 * only when touched, so a program that recurses little costs nothing more) with a PROT_NONE
 * guard page below it. Running into the guard page faults; the fault handler (panic.c) sees a
 * fault address next to the stack pointer and reports `fatal error: stack overflow`.
 *
 * The switch itself is a few instructions of inline assembly per architecture: save the old
 * stack pointer in a callee-saved register, load the new one, call, restore. The stack is
 * registered with the collector (gocc_gc_set_stack) so its conservative scan knows the top.
 * If the mapping cannot be made (address-space limits), main runs on the thread's own stack. */
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/mman.h>

#include "runtime/internal.h"

enum { GUARD_SIZE = 64 * 1024 };
#define GOCC_MAIN_STACK_SIZE ((uint64_t)1 << 30) /* gc's maxstacksize is 1e9 bytes on 64-bit */

/* Weak: the runtime links without the collector in unit tests. */
extern void gocc_gc_set_stack(const void* lo, const void* hi) __attribute__((weak));

uint8_t* gocc_main_stack_lo; /* usable [lo, hi); the guard is below lo */
uint8_t* gocc_main_stack_hi;

static void call_on_stack(void* top, void (*fn)(void)) {
#if defined(__x86_64__)
  __asm__ volatile(
      "mov %%rsp, %%rbx\n\t"
      "mov %0, %%rsp\n\t"
      "call *%1\n\t"
      "mov %%rbx, %%rsp\n\t"
      :
      : "r"(top), "r"(fn)
      : "rax", "rbx", "rcx", "rdx", "rsi", "rdi", "r8", "r9", "r10", "r11", "xmm0", "xmm1", "xmm2", "xmm3",
        "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15",
        "cc", "memory");
#elif defined(__aarch64__)
  __asm__ volatile(
      "mov x19, sp\n\t"
      "mov sp, %0\n\t"
      "blr %1\n\t"
      "mov sp, x19\n\t"
      :
      : "r"(top), "r"(fn)
      : "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "x11", "x12", "x13", "x14", "x15",
        "x16", "x17", "x18", "x19", "x30", "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v16", "v17", "v18",
        "v19", "v20", "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "cc", "memory");
#else
  (void)top;
  fn();
#endif
}

void gocc_run_on_main_stack(void (*fn)(void)) {
  uint64_t size = GOCC_MAIN_STACK_SIZE;
  uint8_t* m = mmap(NULL, size + GUARD_SIZE, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (m == MAP_FAILED || mprotect(m, GUARD_SIZE, PROT_NONE) != 0) {
    fn();
    return;
  }
  gocc_main_stack_lo = m + GUARD_SIZE;
  gocc_main_stack_hi = m + GUARD_SIZE + size;
  if (gocc_gc_set_stack) gocc_gc_set_stack(gocc_main_stack_lo, gocc_main_stack_hi);
  call_on_stack(gocc_main_stack_hi, fn);
  if (gocc_gc_set_stack) gocc_gc_set_stack(NULL, NULL);
}
