/* iface.c — type descriptors of the predeclared types, boxing, itabs and type assertions.
 *
 * An interface value is a (tab, data) pair. For `interface {}` tab is the dynamic type's
 * descriptor; for an interface with methods it is an itab: the dynamic type, the interface
 * type, and one code pointer per interface method, in the interface's (sorted) method order.
 *
 * Itabs for conversions codegen can see are emitted as constants; the rest — assertions to an
 * interface type, type switches with interface cases — are built here on first use: for each
 * interface method, binary search the concrete type's sorted method table by (name, pkgpath)
 * and check the method type. The result is cached in an open-addressing hash table keyed by
 * the (interface, type) pair, including negative results (an itab whose fun[0] is NULL), so a
 * failing comma-ok assertion in a loop does not redo the search. A failed non-comma-ok
 * assertion panics with gc's *runtime.TypeAssertionError texts:
 *   interface conversion: interface {} is string, not int
 *   interface conversion: interface is nil, not main.I
 *   interface conversion: main.T is not main.I: missing method M
 */
#include "runtime/internal.h"

#define STR(s) {(const uint8_t*)(s), sizeof(s) - 1}
#define BASIC_FLAGS (GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_NAMED)

static const uint8_t gcdata_one[1] = {1};
static const uint8_t gcdata_two[1] = {3};

#define SCALAR(name, text, k, sz, fl, eq, h)                                                \
  const gocc_type gocc_type_##name = {.size = sz, .hash = h, .kind = k, .align = sz,       \
                                      .field_align = sz, .flags = BASIC_FLAGS | (fl),     \
                                      .equal = eq, .str = STR(text)}

SCALAR(bool, "bool", GOCC_KIND_BOOL, 1, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0xc894953d);
SCALAR(int, "int", GOCC_KIND_INT, 8, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0x95e97e5e);
SCALAR(int8, "int8", GOCC_KIND_INT8, 1, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0x6491fa92);
SCALAR(int16, "int16", GOCC_KIND_INT16, 2, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0x07e372d1);
SCALAR(int32, "int32", GOCC_KIND_INT32, 4, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0xfbdee2bf);
SCALAR(int64, "int64", GOCC_KIND_INT64, 8, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0x03d22364);
SCALAR(uint, "uint", GOCC_KIND_UINT, 8, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0xcb9836a1);
SCALAR(uint8, "uint8", GOCC_KIND_UINT8, 1, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0x199df2db);
SCALAR(uint16, "uint16", GOCC_KIND_UINT16, 2, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0xae8ebef2);
SCALAR(uint32, "uint32", GOCC_KIND_UINT32, 4, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0x32940bec);
SCALAR(uint64, "uint64", GOCC_KIND_UINT64, 8, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0xaea00813);
SCALAR(uintptr, "uintptr", GOCC_KIND_UINTPTR, 8, GOCC_TFLAG_REGMEM, gocc_equal_mem, 0xfcd16165);
SCALAR(float32, "float32", GOCC_KIND_FLOAT32, 4, 0, gocc_equal_f32, 0xe89f7410);
SCALAR(float64, "float64", GOCC_KIND_FLOAT64, 8, 0, gocc_equal_f64, 0x7c980e47);

const gocc_type gocc_type_complex64 = {.size = 8, .hash = 0xe1067665, .kind = GOCC_KIND_COMPLEX64,
                                       .align = 4, .field_align = 4, .flags = BASIC_FLAGS,
                                       .equal = gocc_equal_c64, .str = STR("complex64")};
const gocc_type gocc_type_complex128 = {
    .size = 16, .hash = 0xb000c0e8, .kind = GOCC_KIND_COMPLEX128, .align = 8, .field_align = 8,
    .flags = BASIC_FLAGS, .equal = gocc_equal_c128, .str = STR("complex128")};
const gocc_type gocc_type_string = {.size = 16, .ptrdata = 8, .hash = 0x17c16538,
                                    .kind = GOCC_KIND_STRING, .align = 8, .field_align = 8,
                                    .flags = BASIC_FLAGS, .equal = gocc_equal_string,
                                    .gcdata = gcdata_one, .str = STR("string")};
const gocc_type gocc_type_unsafe_pointer = {
    .size = 8, .ptrdata = 8, .hash = 0xb24f7ca0, .kind = GOCC_KIND_UNSAFE_POINTER, .align = 8,
    .field_align = 8, .flags = BASIC_FLAGS | GOCC_TFLAG_REGMEM | GOCC_TFLAG_DIRECTIFACE,
    .equal = gocc_equal_mem, .gcdata = gcdata_one, .str = STR("unsafe.Pointer"),
    .pkgpath = STR("unsafe")};
const gocc_type gocc_type_empty_interface = {
    .size = 16, .ptrdata = 16, .hash = 0xd8f76804, .kind = GOCC_KIND_INTERFACE, .align = 8,
    .field_align = 8, .flags = GOCC_TFLAG_COMPARABLE, .equal = gocc_equal_eface,
    .gcdata = gcdata_two, .str = STR("interface {}")};

const gocc_type gocc_type_func_string = {.size = 8, .ptrdata = 8, .hash = 0x319077b5,
                                         .kind = GOCC_KIND_FUNC, .align = 8, .field_align = 8,
                                         .flags = GOCC_TFLAG_DIRECTIFACE, .gcdata = gcdata_one,
                                         .str = STR("func() string")};
const gocc_type gocc_type_func_void = {.size = 8, .ptrdata = 8, .hash = 0x818fc0bc,
                                       .kind = GOCC_KIND_FUNC, .align = 8, .field_align = 8,
                                       .flags = GOCC_TFLAG_DIRECTIFACE, .gcdata = gcdata_one,
                                       .str = STR("func()")};

static const gocc_method error_methods[] = {{STR("Error"), STR(""), &gocc_type_func_string, NULL}};
const gocc_type gocc_type_error = {.size = 16, .ptrdata = 16, .hash = 0x21918751,
                                   .kind = GOCC_KIND_INTERFACE, .align = 8, .field_align = 8,
                                   .flags = GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_NAMED,
                                   .equal = gocc_equal_iface, .gcdata = gcdata_two,
                                   .str = STR("error"), .methods = error_methods, .nmethods = 1};

/* ---- boxing ---- */

static uint64_t static_uint64s[256];
static const gocc_string empty_string;

__attribute__((constructor)) static void init_static_uint64s(void) {
  for (int i = 0; i < 256; i++) static_uint64s[i] = (uint64_t)i;
}

void* gocc_convT(const gocc_type* t, const void* v) {
  if (t->size == 0) return gocc_zerobase;
  void* p = gocc_new(t);
  memcpy(p, v, t->size);
  return p;
}

void* gocc_convT64(uint64_t v) {
  if (v < 256) return &static_uint64s[v];
  uint64_t* p = gocc_alloc_noscan(8);
  *p = v;
  return p;
}

void* gocc_convTstring(const uint8_t* ptr, int64_t n) {
  if (n == 0) return (void*)&empty_string;
  gocc_string* p = gocc_new(&gocc_type_string);
  p->ptr = ptr;
  p->len = n;
  return p;
}

void* gocc_iface_data_ptr(const gocc_type* t, void* const* data) {
  return (t->flags & GOCC_TFLAG_DIRECTIFACE) ? (void*)data : *data;
}

/* ---- method lookup ---- */

static int cmp_name(gocc_string a, gocc_string b) {
  int64_t c = gocc_cmpstring(a.ptr, a.len, b.ptr, b.len);
  return (int)c;
}

static const gocc_method* find_method(const gocc_type* t, gocc_string name, gocc_string pkgpath) {
  int64_t lo = 0, hi = t->nmethods;
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    const gocc_method* m = &t->methods[mid];
    int c = cmp_name(m->name, name);
    if (c == 0) c = cmp_name(m->pkgpath, pkgpath);
    if (c == 0) return m;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

void* gocc_find_string_method(const gocc_type* t, const char* name) {
  if (t == NULL || t->nmethods == 0 || t->kind == GOCC_KIND_INTERFACE) return NULL;
  const gocc_method* m = find_method(t, gocc_cstring(name), (gocc_string){NULL, 0});
  if (m == NULL || !gocc_type_identical(m->type, &gocc_type_func_string)) return NULL;
  return m->fn;
}

/* ---- itab cache ---- */

static const gocc_itab** itab_table;
static uint64_t itab_cap, itab_count;

static uint64_t itab_slot(const gocc_type* inter, const gocc_type* t) {
  uint64_t h = ((uintptr_t)inter * 0x9e3779b97f4a7c15ull) ^ ((uintptr_t)t * 0xc2b2ae3d27d4eb4full);
  return (h ^ (h >> 29)) & (itab_cap - 1);
}

static const gocc_itab* itab_lookup(const gocc_type* inter, const gocc_type* t) {
  if (itab_cap == 0) return NULL;
  for (uint64_t i = itab_slot(inter, t);; i = (i + 1) & (itab_cap - 1)) {
    const gocc_itab* m = itab_table[i];
    if (m == NULL) return NULL;
    if (m->inter == inter && m->type == t) return m;
  }
}

static void itab_insert(const gocc_itab* m) {
  if ((itab_count + 1) * 4 > itab_cap * 3) {
    const gocc_itab** old = itab_table;
    uint64_t old_cap = itab_cap;
    itab_cap = old_cap ? old_cap * 2 : 64;
    itab_table = gocc_persistent_alloc(itab_cap * sizeof *itab_table);
    memset(itab_table, 0, itab_cap * sizeof *itab_table);
    itab_count = 0;
    for (uint64_t i = 0; i < old_cap; i++)
      if (old[i]) itab_insert(old[i]);
  }
  uint64_t i = itab_slot(m->inter, m->type);
  while (itab_table[i]) i = (i + 1) & (itab_cap - 1);
  itab_table[i] = m;
  itab_count++;
}

/* Fills m->fun; returns the name of the first missing method, or an empty string. */
static gocc_string itab_init(gocc_itab* m) {
  const gocc_type *inter = m->inter, *t = m->type;
  for (int64_t j = 0; j < inter->nmethods; j++) {
    const gocc_method* im = &inter->methods[j];
    const gocc_method* tm = t->kind == GOCC_KIND_INTERFACE ? NULL : find_method(t, im->name, im->pkgpath);
    if (tm == NULL || !gocc_type_identical(tm->type, im->type)) {
      m->fun[0] = NULL;
      return im->name;
    }
    m->fun[j] = tm->fn;
  }
  return (gocc_string){NULL, 0};
}

static const gocc_itab* getitab(const gocc_type* inter, const gocc_type* t, int canfail) {
  const gocc_itab* m = itab_lookup(inter, t);
  if (m == NULL) {
    gocc_itab* fresh = gocc_persistent_alloc(sizeof(gocc_itab) + (uint64_t)inter->nmethods * 8);
    fresh->inter = inter;
    fresh->type = t;
    fresh->hash = t->hash;
    itab_init(fresh);
    itab_insert(fresh);
    m = fresh;
  }
  if (inter->nmethods == 0 || m->fun[0] != NULL) return m;
  if (canfail) return NULL;
  gocc_itab* scratch = gocc_alloc_noscan(sizeof(gocc_itab) + (uint64_t)inter->nmethods * 8);
  scratch->inter = inter;
  scratch->type = t;
  gocc_panic_type_assertion(NULL, t, inter, itab_init(scratch));
}

const gocc_itab* gocc_getitab(const gocc_type* inter, const gocc_type* t) {
  return getitab(inter, t, 0);
}

const gocc_itab* gocc_assertE2I(const gocc_type* inter, const gocc_type* t) {
  if (t == NULL) gocc_panic_type_assertion(NULL, NULL, inter, (gocc_string){NULL, 0});
  return getitab(inter, t, 0);
}

const gocc_itab* gocc_assertE2I2(const gocc_type* inter, const gocc_type* t) {
  if (t == NULL) return NULL;
  return getitab(inter, t, 1);
}

void gocc_panic_dottype(const gocc_type* have, const gocc_type* want, const gocc_type* iface) {
  gocc_panic_type_assertion(iface, have, want, (gocc_string){NULL, 0});
}
