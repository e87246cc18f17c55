/* hooks_gort.c — the runtime hooks of stdlib/internal/gort: type introspection over gocc_type
 * descriptors for fmt, errors and sort (the bundled library has no reflect).
 *
 * A Go function declared without a body in a stdlib package is the C symbol
 * gocc_ + import path ('/' and '.' -> '_') + '_' + name, called with the runtime ABI of
 * goccrt.h: aggregates split into scalars, one- and two-word results returned directly,
 * wider results through an out pointer passed first. gort.Type is a `const gocc_type*` (0 =
 * no type); values are addressed by pointers to their memory. See stdlib/internal/gort and
 * docs/stdlib.md.
 */
#include "runtime/internal.h"

typedef const gocc_type* T;

static const gocc_type* dyn_type(T iface_t, const void* tab) {
  if (tab == NULL) return NULL;
  if (iface_t == NULL || iface_t->nmethods == 0) return (const gocc_type*)tab;
  return ((const gocc_itab*)tab)->type;
}

/* IfaceElem(t Type, p unsafe.Pointer) (Type, unsafe.Pointer) */
gocc_pair gocc_internal_gort_IfaceElem(T t, void* p) {
  gocc_iface* v = (gocc_iface*)p;
  const gocc_type* dt = dyn_type(t, v->tab);
  gocc_pair r = {0, 0};
  if (dt == NULL) return r;
  r.a = (int64_t)(uintptr_t)dt;
  /* A pointer-shaped value lives in the data word itself. */
  r.b = (int64_t)(uintptr_t)gocc_iface_data_ptr(dt, &v->data);
  return r;
}

/* Pack(t Type, p unsafe.Pointer) any */
gocc_iface gocc_internal_gort_Pack(T t, const void* p) {
  gocc_iface r;
  r.tab = t;
  if (t->flags & GOCC_TFLAG_DIRECTIFACE) {
    r.data = *(void* const*)p;
  } else {
    r.data = gocc_convT(t, p);
  }
  return r;
}

gocc_string gocc_internal_gort_TypeString(T t) { return t->str; }
uint64_t gocc_internal_gort_Size(T t) { return t->size; }
T gocc_internal_gort_Elem(T t) { return t->elem; }
T gocc_internal_gort_Key(T t) { return t->key; }
int64_t gocc_internal_gort_Len(T t) { return t->len; }
int64_t gocc_internal_gort_NumField(T t) { return t->nfields; }

gocc_string gocc_internal_gort_FieldName(T t, int64_t i) {
  if (i < 0 || i >= t->nfields) gocc_panic_index(i, t->nfields);
  return t->fields[i].name;
}

T gocc_internal_gort_FieldType(T t, int64_t i) {
  if (i < 0 || i >= t->nfields) gocc_panic_index(i, t->nfields);
  return t->fields[i].type;
}

uint64_t gocc_internal_gort_FieldOffset(T t, int64_t i) {
  if (i < 0 || i >= t->nfields) gocc_panic_index(i, t->nfields);
  return t->fields[i].offset;
}

int64_t gocc_internal_gort_NumMethod(T t) { return t->nmethods; }

bool gocc_internal_gort_Comparable(T t) { return (t->flags & GOCC_TFLAG_COMPARABLE) != 0; }

/* MapEntries(t Type, p unsafe.Pointer) []unsafe.Pointer: {key0, val0, key1, val1, ...}. */
void gocc_internal_gort_MapEntries(gocc_slice* out, T t, void* p) {
  gocc_hmap* h = *(gocc_hmap**)p;
  int64_t n = gocc_maplen(h);
  out->ptr = NULL;
  out->len = 0;
  out->cap = 0;
  if (n == 0) return;
  void** v = gocc_alloc((uint64_t)(2 * n) * sizeof(void*), &gocc_type_unsafe_pointer);
  int64_t k = 0;
  gocc_mapiter it;
  for (gocc_mapiterinit(t, h, &it); it.key != NULL && k < n; gocc_mapiternext(&it)) {
    v[2 * k] = it.key;
    v[2 * k + 1] = it.elem;
    k++;
  }
  out->ptr = v;
  out->len = 2 * k;
  out->cap = 2 * n;
}

/* Implements(t, iface Type) bool */
bool gocc_internal_gort_Implements(T t, T iface) {
  if (t == NULL) return false;
  if (iface->nmethods == 0) return true;
  return gocc_assertE2I2(iface, t) != NULL;
}

/* AssignIface(iface Type, p unsafe.Pointer, v any) bool */
bool gocc_internal_gort_AssignIface(T iface, void* p, const void* vtab, void* vdata) {
  T vt = (T)vtab;
  if (vt == NULL) return false;
  gocc_iface* dst = (gocc_iface*)p;
  if (iface->nmethods == 0) {
    dst->tab = vt;
    dst->data = vdata;
    return true;
  }
  const gocc_itab* m = gocc_assertE2I2(iface, vt);
  if (m == NULL) return false;
  dst->tab = m;
  dst->data = vdata;
  return true;
}

/* Copy(t Type, dst, src unsafe.Pointer) */
void gocc_internal_gort_Copy(T t, void* dst, const void* src) {
  if (dst != src) memmove(dst, src, t->size);
}

/* Swap(t Type, p unsafe.Pointer, i, j int) */
void gocc_internal_gort_Swap(T t, void* p, int64_t i, int64_t j) {
  if (i == j) return;
  uint8_t* a = (uint8_t*)p + (uint64_t)i * t->size;
  uint8_t* b = (uint8_t*)p + (uint64_t)j * t->size;
  uint8_t tmp[256];
  for (uint64_t off = 0; off < t->size; off += sizeof tmp) {
    uint64_t n = t->size - off < sizeof tmp ? t->size - off : sizeof tmp;
    memcpy(tmp, a + off, n);
    memcpy(a + off, b + off, n);
    memcpy(b + off, tmp, n);
  }
}

/* NumIn(t Type) int, NumOut(t Type) int, In(t Type, i int) Type, Out(t Type, i int) Type:
 * a func type's parameters and results (codegen lists them in `fields`, parameters first). */
int64_t gocc_internal_gort_NumIn(T t) { return t->len; }
int64_t gocc_internal_gort_NumOut(T t) { return t->nfields - t->len; }

T gocc_internal_gort_In(T t, int64_t i) {
  if (i < 0 || i >= t->len) gocc_panic_index(i, t->len);
  return t->fields[i].type;
}

T gocc_internal_gort_Out(T t, int64_t i) {
  int64_t n = t->nfields - t->len;
  if (i < 0 || i >= n) gocc_panic_index(i, n);
  return t->fields[t->len + i].type;
}

/* MethodByName(t Type, name string) (int, Type): the index in t's method set of the exported
 * method `name` and its func type (without receiver); (-1, 0) if t has none. */
gocc_pair gocc_internal_gort_MethodByName(T t, const uint8_t* name, int64_t len) {
  gocc_pair r = {-1, 0};
  if (t == NULL || t->kind == GOCC_KIND_INTERFACE) return r;
  for (int64_t i = 0; i < t->nmethods; i++) {
    const gocc_method* m = &t->methods[i];
    if (m->pkgpath.len == 0 && m->name.len == len && memcmp(m->name.ptr, name, (size_t)len) == 0) {
      r.a = i;
      r.b = (int64_t)(uintptr_t)m->type;
      return r;
    }
  }
  return r;
}

/* Calls of Go functions of any signature go through the thunk codegen made for the func type
 * (codegen/typedesc.cpp, EmitCallThunks): thunk(code, first, args, results) calls
 * code(first, *args[0], ...) with the function's own LLVM signature and stores result k at
 * results[k]. The table exists only in programs that call these hooks; it is weak here. */
typedef struct gocc_functhunk {
  const gocc_type* type;
  void (*thunk)(void* code, void* first, void* const* args, void* const* results);
} gocc_functhunk;

extern const gocc_functhunk gocc_functhunks[] __attribute__((weak));
extern const int64_t gocc_nfuncthunks __attribute__((weak));

static const gocc_functhunk* find_thunk(T ft) {
  if (&gocc_nfuncthunks == NULL) return NULL;
  for (int64_t i = 0; i < gocc_nfuncthunks; i++) {
    if (gocc_functhunks[i].type == ft) return &gocc_functhunks[i];
  }
  return NULL;
}

/* Call(t Type, p unsafe.Pointer, args, results []unsafe.Pointer) bool: calls the (non-nil)
 * func value of type t stored at p; args[i] points at argument i (of t's parameter types),
 * result k is stored at results[k]. False, calling nothing, if there is no thunk for t. */
bool gocc_internal_gort_Call(T t, void* const* p, void* const* args, int64_t nargs, int64_t cargs,
                             void* const* results, int64_t nresults, int64_t cresults) {
  (void)nargs, (void)cargs, (void)nresults, (void)cresults;
  const gocc_functhunk* th = find_thunk(t);
  if (th == NULL) return false;
  void* closure = *p;
  th->thunk(*(void**)closure, closure, args, results);
  return true;
}

/* CallMethod(t Type, p unsafe.Pointer, i int, args, results []unsafe.Pointer) bool: calls
 * method i of the value of type t at p likewise. The receiver is the data word an interface
 * holding the value would have (the method table's wrappers take that): the value itself if
 * pointer-shaped, else a boxed copy the method cannot change. */
bool gocc_internal_gort_CallMethod(T t, const void* p, int64_t i, void* const* args, int64_t nargs,
                                   int64_t cargs, void* const* results, int64_t nresults, int64_t cresults) {
  (void)nargs, (void)cargs, (void)nresults, (void)cresults;
  if (i < 0 || i >= t->nmethods) gocc_panic_index(i, t->nmethods);
  const gocc_method* m = &t->methods[i];
  const gocc_functhunk* th = find_thunk(m->type);
  if (th == NULL) return false;
  void* recv = (t->flags & GOCC_TFLAG_DIRECTIFACE) ? *(void* const*)p : gocc_convT(t, p);
  th->thunk(m->fn, recv, args, results);
  return true;
}

/* New(t Type) unsafe.Pointer */
void* gocc_internal_gort_New(T t) { return gocc_new(t); }

bool gocc_chanrecv2(void* c, void* elem);
int64_t gocc_chanlen(void* c);

/* ChanRecv(t Type, p, out unsafe.Pointer) bool: receives from the channel stored at p into
 * out (blocking); false once it is closed and drained. ChanLen(t Type, p unsafe.Pointer) int. */
bool gocc_internal_gort_ChanRecv(T t, void* const* p, void* out) {
  (void)t;
  return gocc_chanrecv2(*p, out);
}

int64_t gocc_internal_gort_ChanLen(T t, void* const* p) {
  (void)t;
  return gocc_chanlen(*p);
}

/* MakeSlice(t Type, n int) unsafe.Pointer: a new slice value of slice type t with len = cap = n. */
void* gocc_internal_gort_MakeSlice(T t, int64_t n) {
  gocc_slice* s = gocc_new(t);
  s->ptr = gocc_makeslice(t->elem, n, n);
  s->len = n;
  s->cap = n;
  return s;
}

/* IsVariadic(t Type) bool: the func type's last parameter is ...T. */
bool gocc_internal_gort_IsVariadic(T t) { return (t->flags & GOCC_TFLAG_VARIADIC) != 0; }

/* PtrTo(t Type) Type: *t's descriptor if the program has one (ptr_to_this), else 0. */
T gocc_internal_gort_PtrTo(T t) { return t->ptr_to_this; }
