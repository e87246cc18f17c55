/* error.c — the runtime's error types, whose values are what runtime panics carry.
 *
 * Every runtime panic value is a runtime.Error: an interface value whose dynamic type has the
 * methods Error() string and RuntimeError(), so user code can recover it, assert it to error or
 * runtime.Error and print it. The types mirror runtime/error.go:
 *
 *   runtime.errorString        Error() = "runtime error: " + s   (divide, nil deref, makeslice...)
 *   runtime.plainError         Error() = s                      ("assignment to entry in nil map")
 *   runtime.boundsError        index/slice bounds, formatted from (x, y, signed, code)
 *   *runtime.TypeAssertionError "interface conversion: ..."
 *
 * Their descriptors are ordinary gocc_type constants with sorted method tables whose functions
 * take the interface data word, exactly what codegen emits for user types, so itab
 * construction, assertions and printing treat them like any other type.
 */
#include <stdio.h>

#include "runtime/internal.h"

#define STR(s) {(const uint8_t*)(s), sizeof(s) - 1}

extern const gocc_type gocc_type_func_string, gocc_type_func_void;

static const uint8_t gcdata_one[1] = {1};
static const uint8_t gcdata_tas[1] = {0x0F}; /* three type pointers and the string's pointer */

static void runtime_error_marker(void* recv) { (void)recv; }

static gocc_string concat(const char* prefix, gocc_string s) {
  gocc_string parts[2] = {gocc_cstring(prefix), s};
  return gocc_concatstrings(parts, 2);
}

/* ---- errorString / plainError ---- */

static gocc_string error_string_error(void* recv) { return concat("runtime error: ", *(gocc_string*)recv); }
static gocc_string plain_error_error(void* recv) { return *(gocc_string*)recv; }

static const gocc_method error_string_methods[] = {
    {STR("Error"), STR(""), &gocc_type_func_string, (void*)error_string_error},
    {STR("RuntimeError"), STR(""), &gocc_type_func_void, (void*)runtime_error_marker}};
static const gocc_method plain_error_methods[] = {
    {STR("Error"), STR(""), &gocc_type_func_string, (void*)plain_error_error},
    {STR("RuntimeError"), STR(""), &gocc_type_func_void, (void*)runtime_error_marker}};

const gocc_type gocc_type_error_string = {
    .size = 16, .ptrdata = 8, .hash = 0xa8e04a7a, .kind = GOCC_KIND_STRING, .align = 8,
    .field_align = 8, .flags = GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_NAMED,
    .equal = gocc_equal_string, .gcdata = gcdata_one, .str = STR("runtime.errorString"),
    .pkgpath = STR("runtime"), .methods = error_string_methods, .nmethods = 2};
const gocc_type gocc_type_plain_error = {
    .size = 16, .ptrdata = 8, .hash = 0xfe8db54d, .kind = GOCC_KIND_STRING, .align = 8,
    .field_align = 8, .flags = GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_NAMED,
    .equal = gocc_equal_string, .gcdata = gcdata_one, .str = STR("runtime.plainError"),
    .pkgpath = STR("runtime"), .methods = plain_error_methods, .nmethods = 2};

static GOCC_NORETURN void panic_string_value(const gocc_type* t, const char* msg) {
  gocc_string* box = gocc_new(&gocc_type_string);
  *box = gocc_cstring(msg);
  gocc_panic(t, box);
}

void gocc_panic_errorstring(const char* msg) { panic_string_value(&gocc_type_error_string, msg); }
void gocc_panic_plain(const char* msg) { panic_string_value(&gocc_type_plain_error, msg); }

/* ---- boundsError ---- */

typedef struct bounds_error {
  int64_t x;
  int64_t y;
  uint8_t is_signed;
  uint8_t code;
} bounds_error;

static const char* const bounds_fmts[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to pointer to array with length %x",
};
/* When x is negative there is no need to report y. */
static const char* const bounds_neg_fmts[] = {
    "index out of range [%x]",          "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",  "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]", "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]", "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to pointer to array with length %x",
};

static char* append_int(char* out, int64_t v, int is_signed) {
  uint64_t u = (uint64_t)v;
  if (is_signed && v < 0) {
    *out++ = '-';
    u = -(uint64_t)v;
  }
  char buf[20];
  int n = 0;
  do {
    buf[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while (n) *out++ = buf[--n];
  return out;
}

static gocc_string bounds_error_error(void* recv) {
  const bounds_error* e = recv;
  const char* fmt = (e->is_signed && e->x < 0) ? bounds_neg_fmts[e->code] : bounds_fmts[e->code];
  char* msg = gocc_alloc_noscan(128);
  char* out = msg;
  for (const char* s = "runtime error: "; *s; s++) *out++ = *s;
  for (const char* f = fmt; *f; f++) {
    if (*f != '%') {
      *out++ = *f;
      continue;
    }
    f++;
    out = *f == 'x' ? append_int(out, e->x, e->is_signed) : append_int(out, e->y, 1);
  }
  return (gocc_string){(const uint8_t*)msg, out - msg};
}

static const gocc_method bounds_error_methods[] = {
    {STR("Error"), STR(""), &gocc_type_func_string, (void*)bounds_error_error},
    {STR("RuntimeError"), STR(""), &gocc_type_func_void, (void*)runtime_error_marker}};
static const gocc_field bounds_error_fields[] = {
    {STR("x"), &gocc_type_int64, 0, 0},
    {STR("y"), &gocc_type_int, 8, 0},
    {STR("signed"), &gocc_type_bool, 16, 0},
    {STR("code"), &gocc_type_uint8, 17, 0}};
const gocc_type gocc_type_bounds_error = {
    .size = 24, .hash = 0x2550517c, .kind = GOCC_KIND_STRUCT, .align = 8, .field_align = 8,
    .flags = GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_NAMED, .equal = gocc_equal_struct,
    .str = STR("runtime.boundsError"), .pkgpath = STR("runtime"), .fields = bounds_error_fields,
    .nfields = 4, .methods = bounds_error_methods, .nmethods = 2};

void gocc_panic_bounds(int64_t x, int64_t y, int64_t code, int64_t is_signed) {
  bounds_error* e = gocc_new(&gocc_type_bounds_error);
  e->x = x;
  e->y = y;
  e->is_signed = is_signed != 0;
  e->code = (uint8_t)code;
  gocc_panic(&gocc_type_bounds_error, e);
}

void gocc_panic_index(int64_t x, int64_t len) { gocc_panic_bounds(x, len, GOCC_BOUNDS_INDEX, 1); }
void gocc_panic_slice_alen(int64_t x, int64_t len) {
  gocc_panic_bounds(x, len, GOCC_BOUNDS_SLICE_ALEN, 1);
}
void gocc_panic_slice_acap(int64_t x, int64_t cap) {
  gocc_panic_bounds(x, cap, GOCC_BOUNDS_SLICE_ACAP, 1);
}
void gocc_panic_slice_b(int64_t x, int64_t y) { gocc_panic_bounds(x, y, GOCC_BOUNDS_SLICE_B, 1); }

/* ---- *TypeAssertionError ---- */

typedef struct type_assertion_error {
  const gocc_type* iface;
  const gocc_type* concrete;
  const gocc_type* asserted;
  gocc_string missing;
} type_assertion_error;

static gocc_string type_assertion_error_error(void* recv) {
  const type_assertion_error* e = recv;
  gocc_string inter = e->iface ? e->iface->str : gocc_cstring("interface");
  gocc_string as = e->asserted->str;
  if (e->concrete == NULL) {
    gocc_string parts[] = {gocc_cstring("interface conversion: "), inter, gocc_cstring(" is nil, not "), as};
    return gocc_concatstrings(parts, 4);
  }
  gocc_string cs = e->concrete->str;
  if (e->missing.len == 0) {
    gocc_string note = {NULL, 0};
    if (gocc_string_eq(cs, as)) {
      note = gocc_string_eq(e->concrete->pkgpath, e->asserted->pkgpath)
                 ? gocc_cstring(" (types from different scopes)")
                 : gocc_cstring(" (types from different packages)");
    }
    gocc_string parts[] = {gocc_cstring("interface conversion: "), inter, gocc_cstring(" is "), cs,
                           gocc_cstring(", not "), as, note};
    return gocc_concatstrings(parts, 7);
  }
  gocc_string parts[] = {gocc_cstring("interface conversion: "), cs, gocc_cstring(" is not "), as,
                         gocc_cstring(": missing method "), e->missing};
  return gocc_concatstrings(parts, 6);
}

static const gocc_method type_assertion_error_methods[] = {
    {STR("Error"), STR(""), &gocc_type_func_string, (void*)type_assertion_error_error},
    {STR("RuntimeError"), STR(""), &gocc_type_func_void, (void*)runtime_error_marker}};
const gocc_type gocc_type_type_assertion_error = {
    .size = 40, .ptrdata = 32, .hash = 0x0304631d, .kind = GOCC_KIND_STRUCT, .align = 8,
    .field_align = 8, .flags = GOCC_TFLAG_NAMED, .gcdata = gcdata_tas,
    .str = STR("runtime.TypeAssertionError"), .pkgpath = STR("runtime")};
const gocc_type gocc_type_type_assertion_error_ptr = {
    .size = 8, .ptrdata = 8, .hash = 0xe835dae5, .kind = GOCC_KIND_POINTER, .align = 8,
    .field_align = 8,
    .flags = GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_REGMEM | GOCC_TFLAG_DIRECTIFACE,
    .equal = gocc_equal_mem, .gcdata = gcdata_one, .str = STR("*runtime.TypeAssertionError"),
    .elem = &gocc_type_type_assertion_error, .methods = type_assertion_error_methods,
    .nmethods = 2};

void gocc_panic_type_assertion(const gocc_type* iface, const gocc_type* have,
                               const gocc_type* want, gocc_string missing) {
  type_assertion_error* e = gocc_new(&gocc_type_type_assertion_error);
  e->iface = iface;
  e->concrete = have;
  e->asserted = want;
  e->missing = missing;
  gocc_panic(&gocc_type_type_assertion_error_ptr, e);
}

/* ---- the fixed runtime errors ---- */

void gocc_panic_divide(void) { gocc_panic_errorstring("integer divide by zero"); }
void gocc_panic_shift(void) { gocc_panic_errorstring("negative shift amount"); }
void gocc_panic_mem(void) { gocc_panic_errorstring("invalid memory address or nil pointer dereference"); }
/* unsafe.Slice(ptr, len) of elements of elem_size bytes (gc's unsafeslice/unsafeslice64); len is
 * a uint64 when len_unsigned. */
void gocc_unsafeslice(gocc_slice* out, void* ptr, int64_t len, int64_t elem_size, int64_t len_unsigned) {
  if (len < 0) gocc_panic_errorstring("unsafe.Slice: len out of range"); /* also uint64 > MaxInt64 */
  (void)len_unsigned;
  unsigned __int128 mem = (unsigned __int128)(uint64_t)elem_size * (uint64_t)len;
  uint64_t room = -(uint64_t)(uintptr_t)ptr; /* bytes up to the end of the address space */
  if ((mem >> 64) != 0 || (uint64_t)mem > room) {
    if (ptr == NULL) gocc_panic_errorstring("unsafe.Slice: ptr is nil and len is not zero");
    gocc_panic_errorstring("unsafe.Slice: len out of range");
  }
  out->ptr = ptr;
  out->len = len;
  out->cap = len;
}

/* An explicit nil check failed (codegen's NilCheck). gc's nil checks are faulting loads, so gc
 * reports them with the signal line of a fault at address 0; record the same. */
void gocc_panic_nilcheck(void) {
  gocc_g* g = gocc_curg;
  g->sig = 11; /* SIGSEGV */
  g->sigcode = 1; /* SEGV_MAPERR */
  g->sigaddr = 0;
  g->sigpc = (uint64_t)(uintptr_t)__builtin_return_address(0);
  gocc_panic_mem();
}
void gocc_panic_nilmap(void) { gocc_panic_plain("assignment to entry in nil map"); }

void gocc_panic_wrap(const uint8_t* pkg, int64_t npkg, const uint8_t* typ, int64_t ntyp,
                     const uint8_t* meth, int64_t nmeth) {
  gocc_string parts[] = {gocc_cstring("value method "), {pkg, npkg}, gocc_cstring("."),
                         {typ, ntyp}, gocc_cstring("."), {meth, nmeth},
                         gocc_cstring(" called using nil *"), {typ, ntyp}, gocc_cstring(" pointer")};
  gocc_string s = gocc_concatstrings(parts, 9);
  gocc_string* box = gocc_new(&gocc_type_string);
  *box = s;
  gocc_panic(&gocc_type_plain_error, box);
}
