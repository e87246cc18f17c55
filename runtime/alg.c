/* alg.c — hashing and equality of values, driven by type descriptors.
 *
 * Maps hash keys with gocc_typehash(t, p, seed), which walks the type: "regular memory" types
 * (no floats, strings, interfaces or padding: flag REGMEM) hash their bytes; floats hash their
 * value so that +0 and -0 collide and NaN hashes randomly (a NaN key can be inserted any number
 * of times and never found, as in Go); strings hash their contents; interfaces hash their
 * dynamic type's hash and value, and panic for dynamic types without == ("hash of unhashable
 * type []int"); arrays and structs combine their elements and fields ("_" fields are skipped).
 *
 * The byte hash is a wyhash-style mixer: 64x64->128 multiplications folded with xor, keyed by a
 * random per-process seed, so map iteration order and collision patterns differ between runs.
 *
 * Equality functions have one signature, (a, b, type), so codegen never has to emit its own:
 * a struct type points at gocc_equal_struct, which walks the fields, and so on. Interface
 * equality compares dynamic types, then values, and panics for uncomparable dynamic types
 * ("comparing uncomparable type []int").
 */
#include "runtime/internal.h"

static uint64_t hash_key[4] = {0xa0761d6478bd642full, 0xe7037ed1a0b428dbull, 0x8ebc6af09c88c6e3ull,
                               0x589965cc75374cc3ull};

void gocc_hash_init(void) {
  for (int i = 0; i < 4; i++) {
    hash_key[i] ^= ((uint64_t)gocc_fastrand() << 32 | gocc_fastrand()) | 1;
  }
}

static inline uint64_t mix(uint64_t a, uint64_t b) {
  unsigned __int128 r = (unsigned __int128)a * b;
  return (uint64_t)r ^ (uint64_t)(r >> 64);
}

uint64_t gocc_memhash(const void* data, uint64_t n, uint64_t seed) {
  const uint8_t* p = data;
  uint64_t a, b;
  seed ^= mix(seed ^ hash_key[0], hash_key[1]);
  if (n <= 16) {
    if (n >= 4) {
      a = gocc_read4(p) << 32 | gocc_read4(p + ((n >> 3) << 2));
      b = gocc_read4(p + n - 4) << 32 | gocc_read4(p + n - 4 - ((n >> 3) << 2));
    } else if (n > 0) {
      a = (uint64_t)p[0] << 16 | (uint64_t)p[n >> 1] << 8 | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    uint64_t i = n;
    if (i > 48) {
      uint64_t s1 = seed, s2 = seed;
      do {
        seed = mix(gocc_read8(p) ^ hash_key[1], gocc_read8(p + 8) ^ seed);
        s1 = mix(gocc_read8(p + 16) ^ hash_key[2], gocc_read8(p + 24) ^ s1);
        s2 = mix(gocc_read8(p + 32) ^ hash_key[3], gocc_read8(p + 40) ^ s2);
        p += 48;
        i -= 48;
      } while (i > 48);
      seed ^= s1 ^ s2;
    }
    while (i > 16) {
      seed = mix(gocc_read8(p) ^ hash_key[1], gocc_read8(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = gocc_read8(p + i - 16);
    b = gocc_read8(p + i - 8);
  }
  return mix(hash_key[1] ^ n, mix(a ^ hash_key[1], b ^ seed));
}

/* gocc_memhash of 8 and 4 bytes, without the length dispatch (map keys of those sizes). */
uint64_t gocc_memhash64(uint64_t v, uint64_t seed) {
  seed ^= mix(seed ^ hash_key[0], hash_key[1]);
  uint64_t lo = (uint32_t)v, hi = v >> 32;
  return mix(hash_key[1] ^ 8, mix((lo << 32 | hi) ^ hash_key[1], (hi << 32 | lo) ^ seed));
}

uint64_t gocc_memhash32(uint32_t v, uint64_t seed) {
  seed ^= mix(seed ^ hash_key[0], hash_key[1]);
  uint64_t w = (uint64_t)v << 32 | v;
  return mix(hash_key[1] ^ 4, mix(w ^ hash_key[1], w ^ seed));
}

static uint64_t f64hash(double f, uint64_t seed) {
  if (f == 0) return gocc_memhash(&(double){0}, 8, seed); /* +0 and -0 */
  if (f != f) return mix(seed ^ hash_key[2], (uint64_t)gocc_fastrand() << 32 | gocc_fastrand());
  return gocc_memhash(&f, 8, seed);
}

uint32_t gocc_fnv1a32(const uint8_t* p, int64_t n) {
  uint32_t h = 2166136261u;
  for (int64_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

bool gocc_type_identical(const gocc_type* a, const gocc_type* b) {
  if (a == b) return true;
  if (a == NULL || b == NULL) return false;
  return a->hash == b->hash && a->kind == b->kind && gocc_string_eq(a->str, b->str) &&
         gocc_string_eq(a->pkgpath, b->pkgpath);
}

static GOCC_NORETURN void panic_with_type(const char* prefix, const gocc_type* t) {
  /* Builds "prefix" + t.String() in a heap string; errorString adds "runtime error: ". */
  size_t np = strlen(prefix);
  char* msg = gocc_alloc_noscan(np + (uint64_t)t->str.len + 1);
  memcpy(msg, prefix, np);
  memcpy(msg + np, t->str.ptr, (size_t)t->str.len);
  msg[np + (size_t)t->str.len] = 0;
  gocc_panic_errorstring(msg);
}

static uint64_t iface_hash(const gocc_type* t, void* data, uint64_t seed) {
  if (t == NULL) return seed;
  if (t->equal == NULL) panic_with_type("hash of unhashable type ", t);
  const void* p = (t->flags & GOCC_TFLAG_DIRECTIFACE) ? (const void*)&data : data;
  return gocc_typehash(t, p, seed ^ t->hash) * 0x9e3779b97f4a7c15ull;
}

uint64_t gocc_typehash(const gocc_type* t, const void* p, uint64_t seed) {
  if (t->flags & GOCC_TFLAG_REGMEM) return gocc_memhash(p, t->size, seed);
  switch (t->kind) {
    case GOCC_KIND_FLOAT32: return f64hash(*(const float*)p, seed);
    case GOCC_KIND_FLOAT64: return f64hash(*(const double*)p, seed);
    case GOCC_KIND_COMPLEX64: {
      const float* c = p;
      return f64hash(c[1], f64hash(c[0], seed));
    }
    case GOCC_KIND_COMPLEX128: {
      const double* c = p;
      return f64hash(c[1], f64hash(c[0], seed));
    }
    case GOCC_KIND_STRING: {
      const gocc_string* s = p;
      return gocc_memhash(s->ptr, (uint64_t)s->len, seed);
    }
    case GOCC_KIND_INTERFACE: {
      const gocc_iface* v = p;
      const gocc_type* dyn = t->nmethods == 0 ? (const gocc_type*)v->tab
                             : v->tab ? ((const gocc_itab*)v->tab)->type : NULL;
      return iface_hash(dyn, v->data, seed);
    }
    case GOCC_KIND_ARRAY: {
      uint64_t h = seed;
      for (int64_t i = 0; i < t->len; i++)
        h = gocc_typehash(t->elem, (const uint8_t*)p + (uint64_t)i * t->elem->size, h);
      return h;
    }
    case GOCC_KIND_STRUCT: {
      uint64_t h = seed;
      for (int64_t i = 0; i < t->nfields; i++) {
        const gocc_field* f = &t->fields[i];
        if (f->name.len == 1 && f->name.ptr[0] == '_') continue;
        h = gocc_typehash(f->type, (const uint8_t*)p + f->offset, h);
      }
      return h;
    }
    default:
      if (t->equal == NULL) panic_with_type("hash of unhashable type ", t);
      return gocc_memhash(p, t->size, seed);
  }
}

bool gocc_equal_mem(const void* a, const void* b, const gocc_type* t) {
  return a == b || memcmp(a, b, t->size) == 0;
}
bool gocc_equal_f32(const void* a, const void* b, const gocc_type* t) {
  return *(const float*)a == *(const float*)b;
}
bool gocc_equal_f64(const void* a, const void* b, const gocc_type* t) {
  return *(const double*)a == *(const double*)b;
}
bool gocc_equal_c64(const void* a, const void* b, const gocc_type* t) {
  const float *x = a, *y = b;
  return x[0] == y[0] && x[1] == y[1];
}
bool gocc_equal_c128(const void* a, const void* b, const gocc_type* t) {
  const double *x = a, *y = b;
  return x[0] == y[0] && x[1] == y[1];
}
bool gocc_equal_string(const void* a, const void* b, const gocc_type* t) {
  const gocc_string *x = a, *y = b;
  return gocc_eqstring(x->ptr, x->len, y->ptr, y->len);
}

bool gocc_efaceeq(const gocc_type* t1, const void* d1, const gocc_type* t2, const void* d2) {
  if (!gocc_type_identical(t1, t2)) return false;
  if (t1 == NULL) return true;
  if (t1->equal == NULL) panic_with_type("comparing uncomparable type ", t1);
  if (t1->flags & GOCC_TFLAG_DIRECTIFACE) return d1 == d2;
  return t1->equal(d1, d2, t1);
}

bool gocc_ifaceeq(const gocc_itab* t1, const void* d1, const gocc_itab* t2, const void* d2) {
  return gocc_efaceeq(t1 ? t1->type : NULL, d1, t2 ? t2->type : NULL, d2);
}

bool gocc_equal_eface(const void* a, const void* b, const gocc_type* t) {
  const gocc_iface *x = a, *y = b;
  return gocc_efaceeq(x->tab, x->data, y->tab, y->data);
}
bool gocc_equal_iface(const void* a, const void* b, const gocc_type* t) {
  const gocc_iface *x = a, *y = b;
  return gocc_ifaceeq(x->tab, x->data, y->tab, y->data);
}

bool gocc_equal_struct(const void* a, const void* b, const gocc_type* t) {
  for (int64_t i = 0; i < t->nfields; i++) {
    const gocc_field* f = &t->fields[i];
    if (f->name.len == 1 && f->name.ptr[0] == '_') continue;
    if (f->type->size == 0) continue;
    if (!f->type->equal((const uint8_t*)a + f->offset, (const uint8_t*)b + f->offset, f->type))
      return false;
  }
  return true;
}

bool gocc_equal_array(const void* a, const void* b, const gocc_type* t) {
  const gocc_type* e = t->elem;
  for (int64_t i = 0; i < t->len; i++) {
    uint64_t off = (uint64_t)i * e->size;
    if (!e->equal((const uint8_t*)a + off, (const uint8_t*)b + off, e)) return false;
  }
  return true;
}
