/* sites.c — heap allocations counted per source site (GOCCDEBUG=allocs=2, goccrt.h).
 *
 * mallocgc calls gocc_count_site for every object when allocs >= 2; the site is the one the
 * generated code named in gocc_alloc_site, or "runtime" (the allocator's own callers: a map's
 * buckets as it grows, os.Args, the scheduler). At exit gocc_print_sites writes one line per
 * site that allocated, in source order, in the position format of `gocc -m` so the two join on
 * the position:
 *
 *   gocc: site file.go:12:5: 3 allocs, 48 bytes: new(int)
 *   gocc: site runtime: 2 allocs, 4096 bytes
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/internal.h"

gocc_site* gocc_alloc_site;

static gocc_site runtime_site = {"runtime", 0, 0, "", 0, 0, NULL};
static gocc_site* seen;  /* sites that counted, newest first */
static int64_t num_seen;

void gocc_count_site(uint64_t bytes) {
  gocc_site* s = gocc_alloc_site != NULL ? gocc_alloc_site : &runtime_site;
  if (s->count == 0) {
    s->next = seen;
    seen = s;
    num_seen++;
  }
  s->count++;
  s->bytes += bytes;
}

static int site_order(const void* a, const void* b) {
  const gocc_site* x = *(const gocc_site* const*)a;
  const gocc_site* y = *(const gocc_site* const*)b;
  if (x == &runtime_site || y == &runtime_site) return (x == &runtime_site) - (y == &runtime_site);
  int c = strcmp(x->file, y->file);
  if (c != 0) return c;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  return x->col < y->col ? -1 : x->col > y->col;
}

void gocc_print_sites(void) {
  /* Not on the Go heap: counting its own allocations would change what it reports. */
  gocc_site** order = malloc((size_t)(num_seen > 0 ? num_seen : 1) * sizeof *order);
  if (order == NULL) return;
  int64_t n = 0;
  for (gocc_site* s = seen; s != NULL; s = s->next) order[n++] = s;
  qsort(order, (size_t)n, sizeof *order, site_order);
  for (int64_t i = 0; i < n; i++) {
    const gocc_site* s = order[i];
    gocc_print_cstr("gocc: site ");
    gocc_print_cstr(s->file);
    if (s != &runtime_site) {
      gocc_print_cstr(":");
      gocc_printint(s->line);
      gocc_print_cstr(":");
      gocc_printint(s->col);
    }
    gocc_print_cstr(": ");
    gocc_printuint(s->count);
    gocc_print_cstr(s->count == 1 ? " alloc, " : " allocs, ");
    gocc_printuint(s->bytes);
    gocc_print_cstr(" bytes");
    if (s->what[0] != '\0') {
      gocc_print_cstr(": ");
      gocc_print_cstr(s->what);
    }
    gocc_print_cstr("\n");
  }
  free(order);
}
