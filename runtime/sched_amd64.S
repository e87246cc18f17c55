/* sched_amd64.S — goroutine context switch for x86-64 (System V).
 *
 * gocc_ctx_switch(void** save_sp, void* new_sp) pushes the callee-saved registers on the current
 * stack, stores the stack pointer in *save_sp, loads new_sp and pops the registers the other
 * goroutine pushed when it switched out; `ret` then continues it. A new goroutine's stack is
 * prepared by sched.c to look like a switched-out one whose return address is gocc_gostart. */
#if defined(__x86_64__)
        .text
        .globl  gocc_ctx_switch
        .type   gocc_ctx_switch, @function
gocc_ctx_switch:
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .size   gocc_ctx_switch, .-gocc_ctx_switch

/* First code a new goroutine runs: an empty frame chain, an aligned stack, then the C entry. */
        .globl  gocc_gostart
        .type   gocc_gostart, @function
gocc_gostart:
        xorl    %ebp, %ebp
        andq    $-16, %rsp
        call    gocc_goroutine_main
        ud2
        .size   gocc_gostart, .-gocc_gostart
#endif
#if defined(__x86_64__)
        .section .note.GNU-stack,"",@progbits
#else
        .section .note.GNU-stack,"",%progbits
#endif
