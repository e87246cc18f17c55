/* A stand-in for a gocc-compiled program: it defines gocc_main_init/gocc_main_main the way
 * generated code does and links libgoccrt.a, whose main() runs it. program_test.sh runs it
 * and checks output and exit status. */
#include <string.h>

#include "runtime/goccrt.h"

static int initialised;

void gocc_main_init(void) { initialised = 1; }

static int arg_is(gocc_slice args, int i, const char* s) {
  const gocc_string* a = (const gocc_string*)args.ptr;
  return i < args.len && a[i].len == (int64_t)strlen(s) && memcmp(a[i].ptr, s, strlen(s)) == 0;
}

void gocc_main_main(void) {
  gocc_slice args;
  gocc_os_args(&args);
  /* println("init", initialised, "args", len(os.Args)) */
  gocc_printlock();
  gocc_printstring((const uint8_t*)"init", 4);
  gocc_printsp();
  gocc_printbool(initialised);
  gocc_printsp();
  gocc_printstring((const uint8_t*)"args", 4);
  gocc_printsp();
  gocc_printint(args.len);
  gocc_printnl();
  gocc_printunlock();
  if (arg_is(args, 1, "index")) gocc_panic_index(5, 3);
  if (arg_is(args, 1, "exit")) gocc_exit(3);
  if (arg_is(args, 1, "env")) {
    gocc_string v = gocc_getenv((const uint8_t*)"GOCC_TEST_VAR", 13);
    gocc_write(1, v.ptr, v.len);
    gocc_write(1, "\n", 1);
  }
}
