/* hooks_os.c — package os's runtime hooks (stdlib/os/runtime.go): gocc_os_runtime_<name>
 * over the runtime's os.c entry points (see hooks_gort.c for the naming and ABI). */
#include <errno.h>
#include <unistd.h>

#include "runtime/internal.h"

/* runtime_args() []string: a three-word result, through the out pointer. */
void gocc_os_runtime_args(gocc_slice* out) { gocc_os_args(out); }

void gocc_os_runtime_exit(int64_t code) { gocc_exit(code); }

gocc_string gocc_os_runtime_getenv(const uint8_t* p, int64_t n) { return gocc_getenv(p, n); }

bool gocc_os_runtime_hasenv(const uint8_t* p, int64_t n) {
  gocc_string v;
  return gocc_lookupenv(p, n, &v);
}

int64_t gocc_os_runtime_write(int64_t fd, const void* p, int64_t len, int64_t cap) {
  (void)cap;
  return gocc_write(fd, p, len);
}

int64_t gocc_os_runtime_read(int64_t fd, void* p, int64_t len, int64_t cap) {
  (void)cap;
  ssize_t n = read((int)fd, p, (size_t)len);
  return n < 0 ? -(int64_t)errno : (int64_t)n;
}

int64_t gocc_os_runtime_close(int64_t fd) {
  return close((int)fd) < 0 ? -(int64_t)errno : 0;
}
