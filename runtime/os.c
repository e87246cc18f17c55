/* os.c — start-up, GOCCDEBUG, and the operating-system hooks the standard library uses.
 *
 * gocc_runtime_init seeds the random source (getauxval(AT_RANDOM), the 16 random bytes the
 * kernel hands every process, mixed with the clock), keys the hash function, installs the fault
 * handlers and parses GOCCDEBUG, a comma-separated list of settings like GODEBUG:
 *
 *   allocs=1          at exit, print "gocc: allocs=N bytes=B" to stderr (objects allocated,
 *                     bytes allocated after rounding to size classes)
 *   allocs=2          and then the allocations of each source site (sites.c)
 *   growslice=go1.18  append growth of Go 1.18+ instead of the seed rule (see slice.c)
 *   timers=wheel      the hierarchical timing wheel instead of the 4-ary timer heap (timer.c)
 *
 * Unknown settings are ignored, as GODEBUG does. The random source is wyrand: a 64-bit counter
 * stepped by an odd constant and mixed by one 128-bit multiplication.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <time.h>
#include <unistd.h>

#include "runtime/internal.h"

gocc_debug_settings gocc_debug;
static int saved_argc;
static char** saved_argv;
static uint64_t rand_state = 0x853c49e6748fea9bull;

uint32_t gocc_fastrand(void) {
  rand_state += 0xa0761d6478bd642full;
  unsigned __int128 r = (unsigned __int128)rand_state * (rand_state ^ 0xe7037ed1a0b428dbull);
  return (uint32_t)((uint64_t)r ^ (uint64_t)(r >> 64));
}

static int setting_is(const char* s, size_t n, const char* want) {
  return strlen(want) == n && memcmp(s, want, n) == 0;
}

void gocc_debug_parse(const char* env) {
  memset(&gocc_debug, 0, sizeof gocc_debug);
  if (env == NULL) return;
  const char* p = env;
  while (*p) {
    const char* end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    const char* eq = memchr(p, '=', n);
    if (eq) {
      size_t kn = (size_t)(eq - p), vn = n - kn - 1;
      const char* v = eq + 1;
      if (setting_is(p, kn, "allocs")) gocc_debug.allocs = atoi(v);
      else if (setting_is(p, kn, "growslice")) gocc_debug.growslice_go118 = setting_is(v, vn, "go1.18");
      else if (setting_is(p, kn, "timers")) gocc_debug.timers_wheel = setting_is(v, vn, "wheel");
    }
    p += n;
    if (*p == ',') p++;
  }
}

void gocc_runtime_init(int argc, char** argv) {
  saved_argc = argc;
  saved_argv = argv;
  const uint8_t* r = (const uint8_t*)getauxval(AT_RANDOM);
  if (r) {
    uint64_t seed;
    memcpy(&seed, r, 8);
    rand_state ^= seed;
  }
  rand_state ^= (uint64_t)gocc_nanotime();
  gocc_hash_init();
  gocc_signals_init();
  gocc_debug_parse(getenv("GOCCDEBUG"));
}

void gocc_run_exit_hooks(void) {
  gocc_print_flush();
  if (gocc_debug.allocs) {
    gocc_printlock();
    gocc_print_cstr("gocc: allocs=");
    gocc_printuint(gocc_stats.mallocs);
    gocc_print_cstr(" bytes=");
    gocc_printuint(gocc_stats.total_bytes);
    gocc_print_cstr("\n");
    if (gocc_debug.allocs >= 2) gocc_print_sites();
    gocc_printunlock();
  }
}

void gocc_exit(int64_t code) {
  gocc_run_exit_hooks();
  exit((int)code);
}

void gocc_os_args(gocc_slice* out) {
  gocc_string* args = gocc_alloc((uint64_t)saved_argc * sizeof(gocc_string), &gocc_type_string);
  for (int i = 0; i < saved_argc; i++) args[i] = gocc_cstring(saved_argv[i]);
  out->ptr = args;
  out->len = saved_argc;
  out->cap = saved_argc;
}

bool gocc_lookupenv(const uint8_t* p, int64_t n, gocc_string* out) {
  char name[256];
  char* heap_name = NULL;
  char* key = name;
  if (n >= (int64_t)sizeof name) key = heap_name = gocc_alloc_noscan((uint64_t)n + 1);
  memcpy(key, p, (size_t)n);
  key[n] = 0;
  const char* v = getenv(key);
  (void)heap_name;
  if (v == NULL) {
    *out = (gocc_string){NULL, 0};
    return false;
  }
  *out = gocc_cstring(v);
  return true;
}

gocc_string gocc_getenv(const uint8_t* p, int64_t n) {
  gocc_string v;
  gocc_lookupenv(p, n, &v);
  return v;
}

int64_t gocc_write(int64_t fd, const void* p, int64_t n) {
  int64_t done = 0;
  while (done < n) {
    ssize_t w = write((int)fd, (const uint8_t*)p + done, (size_t)(n - done));
    if (w < 0) {
      if (errno == EINTR) continue;
      return done > 0 ? done : -errno;
    }
    done += w;
  }
  return done;
}

int64_t gocc_nanotime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t gocc_walltime(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
