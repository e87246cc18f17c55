/* main.c — the program entry point, alone in its object file so that test programs linking
 * libgoccrt.a can define their own main(). */
#include <stdlib.h>

#include "runtime/internal.h"

int main(int argc, char** argv) {
  gocc_runtime_init(argc, argv);
  gocc_main_init();
  gocc_main_main();
  gocc_exit(0);
}
