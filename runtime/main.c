/* main.c — the program entry point, alone in its object file so that test programs linking
 * libgoccrt.a can define their own main(). */
#include <stdlib.h>

#include "runtime/internal.h"

static void run_go(void) {
  gocc_main_init();
  gocc_main_main();
  gocc_exit(0);
}

int main(int argc, char** argv) {
  gocc_runtime_init(argc, argv);
  gocc_run_on_main_stack(run_go); /* mainstack.c: a 1 GiB stack, as gc's goroutine limit */
  gocc_exit(0);
}
