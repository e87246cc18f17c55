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

int64_t gocc_internal_gort_Kind(T t) { return t == NULL ? 0 : t->kind; }
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
