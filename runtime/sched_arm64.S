/* sched_arm64.S — goroutine context switch for AArch64 (AAPCS64).
 *
 * gocc_ctx_switch(void** save_sp, void* new_sp): saves x19-x30 and d8-d15 (the callee-saved
 * registers, x30 being the return address) in a 176-byte block on the current stack, stores sp
 * in *save_sp, switches to new_sp, restores the other goroutine's block and returns into it.
 * sched.c prepares a new goroutine's stack as such a block with x30 = gocc_gostart. */
#if defined(__aarch64__)
        .text
        .globl  gocc_ctx_switch
        .type   gocc_ctx_switch, %function
gocc_ctx_switch:
        sub     sp, sp, #176
        stp     x19, x20, [sp, #0]
        stp     x21, x22, [sp, #16]
        stp     x23, x24, [sp, #32]
        stp     x25, x26, [sp, #48]
        stp     x27, x28, [sp, #64]
        stp     x29, x30, [sp, #80]
        stp     d8, d9, [sp, #96]
        stp     d10, d11, [sp, #112]
        stp     d12, d13, [sp, #128]
        stp     d14, d15, [sp, #144]
        mov     x2, sp
        str     x2, [x0]
        mov     sp, x1
        ldp     x19, x20, [sp, #0]
        ldp     x21, x22, [sp, #16]
        ldp     x23, x24, [sp, #32]
        ldp     x25, x26, [sp, #48]
        ldp     x27, x28, [sp, #64]
        ldp     x29, x30, [sp, #80]
        ldp     d8, d9, [sp, #96]
        ldp     d10, d11, [sp, #112]
        ldp     d12, d13, [sp, #128]
        ldp     d14, d15, [sp, #144]
        add     sp, sp, #176
        ret
        .size   gocc_ctx_switch, .-gocc_ctx_switch

        .globl  gocc_gostart
        .type   gocc_gostart, %function
gocc_gostart:
        mov     x29, #0
        mov     x30, #0
        bl      gocc_goroutine_main
        brk     #0
        .size   gocc_gostart, .-gocc_gostart
#endif
#if defined(__x86_64__)
        .section .note.GNU-stack,"",@progbits
#else
        .section .note.GNU-stack,"",%progbits
#endif
