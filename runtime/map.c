/* map.c — Go's hash map: buckets of 8 slots, tophash bytes, overflow chains, incremental growth.
 *
 * A map with B has 2^B buckets. A key's 64-bit hash picks the bucket with its low B bits; its
 * top byte (moved above the few reserved marker values) is stored in the bucket's tophash
 * array, so a lookup compares one byte per slot before touching keys. A bucket is
 *
 *     tophash[8] | key[8] | elem[8] | overflow pointer
 *
 * with keys and elements packed by type (keys or elements over 128 bytes are stored as
 * pointers to separate allocations). When a bucket's 8 slots are used a new overflow bucket is
 * chained to it: one of those preallocated after an array of 2^B >= 16 buckets (2^(B-4) of
 * them, gc's nextOverflow) while they last, else a new allocation.
 *
 * Growth. Inserting into a map whose average load would exceed 6.5 per bucket doubles the
 * bucket array; a map with too many overflow buckets (after many deletes) grows to the same
 * size to compact. Growth is incremental: the old array stays, and every insert or delete
 * evacuates the old bucket it touches plus one more in order, moving each entry to bucket X
 * (same index) or Y (index + old size) by the new hash bit. Lookups consult the old bucket
 * while it is not yet evacuated. An evacuated old bucket keeps its tophash bytes set to
 * evacuatedX/evacuatedY/evacuatedEmpty so iterators know where entries went.
 *
 * Iteration starts at a random bucket and a random slot offset, so no program can depend on
 * an order. The iterator follows Go's rules for concurrent modification: entries deleted
 * before they are reached are not produced, entries inserted during iteration may or may not be,
 * and every entry present throughout is produced exactly once, even when the map grows midway:
 * an iterator that started before the growth walks its snapshot of the old array and, for
 * entries that have since moved, re-looks them up in the current table; one that started
 * during growth walks new bucket indices, reading not-yet-evacuated old buckets and keeping
 * only the entries that will land in the bucket being visited.
 *
 * Deleted slots become emptyOne; a run of empty slots up to the end of a chain becomes
 * emptyRest so lookups can stop early. Key hashing and equality come from the key's type
 * descriptor, with fast paths chosen at makemap for 4- and 8-byte memory keys and strings.
 */
#include "runtime/internal.h"

enum {
  BUCKET_CNT = 8,
  MAX_INLINE = 128,
  EMPTY_REST = 0,       /* this slot and all after it in the chain are empty */
  EMPTY_ONE = 1,        /* this slot is empty */
  EVACUATED_X = 2,      /* entry moved to the first half of the new array */
  EVACUATED_Y = 3,      /* entry moved to the second half */
  EVACUATED_EMPTY = 4,  /* slot empty, bucket evacuated */
  MIN_TOPHASH = 5,
  FLAG_ITERATOR = 1,     /* there may be an iterator using buckets */
  FLAG_OLD_ITERATOR = 2, /* there may be an iterator using oldbuckets */
  FLAG_SAME_SIZE_GROW = 8,
  KEY_GENERIC = 0, KEY_MEM32, KEY_MEM64, KEY_STRING,
};
#define NO_CHECK (~(uint64_t)0)

struct gocc_hmap {
  int64_t count; /* must stay first: len(m) loads it */
  uint8_t flags;
  uint8_t B;
  uint8_t keykind;
  uint8_t indirect_key, indirect_elem, reflexive, needkeyupdate, has_pointers;
  uint64_t seed;
  uint8_t* buckets;
  uint8_t* oldbuckets;
  uint64_t nevacuate; /* old buckets below this are evacuated */
  uint64_t noverflow;
  const gocc_type* key;
  const gocc_type* elem;
  uint64_t keysize, elemsize, bucketsize; /* slot sizes (8 when indirect) */
  const gocc_type* btype; /* a bucket's layout for the collector (bucket_type) */
  uint8_t* next_overflow;  /* preallocated overflow buckets of the array (new_buckets) */
  uint8_t* overflow_end;
};

static uint8_t zero_small[1024];
static uint8_t* zero_big;
static uint64_t zero_big_size;

static void* zero_value(uint64_t size) {
  if (size <= sizeof zero_small) return zero_small;
  if (size > zero_big_size) {
    zero_big = gocc_persistent_alloc(size);
    zero_big_size = size;
  }
  return zero_big;
}

static uint64_t fastrand64(void) { return (uint64_t)gocc_fastrand() << 32 | gocc_fastrand(); }

static inline uint8_t* bkey(const gocc_hmap* h, uint8_t* b, uint64_t i) {
  return b + BUCKET_CNT + i * h->keysize;
}
static inline uint8_t* belem(const gocc_hmap* h, uint8_t* b, uint64_t i) {
  return b + BUCKET_CNT + BUCKET_CNT * h->keysize + i * h->elemsize;
}
static inline uint8_t** boverflow(const gocc_hmap* h, uint8_t* b) {
  return (uint8_t**)(b + h->bucketsize - 8);
}
static inline void* key_of(const gocc_hmap* h, uint8_t* slot) {
  return h->indirect_key ? *(void**)slot : slot;
}
static inline void* elem_of(const gocc_hmap* h, uint8_t* slot) {
  return h->indirect_elem ? *(void**)slot : slot;
}
static inline int is_empty(uint8_t top) { return top <= EMPTY_ONE; }
static inline int evacuated(const uint8_t* b) { return b[0] > EMPTY_ONE && b[0] < MIN_TOPHASH; }
static inline uint64_t bucket_mask(uint8_t B) { return ((uint64_t)1 << B) - 1; }
static inline uint8_t tophash(uint64_t hash) {
  uint8_t top = (uint8_t)(hash >> 56);
  return top < MIN_TOPHASH ? top + MIN_TOPHASH : top;
}
static inline int growing(const gocc_hmap* h) { return h->oldbuckets != NULL; }
static inline uint64_t noldbuckets(const gocc_hmap* h) {
  uint8_t oldB = h->B;
  if (!(h->flags & FLAG_SAME_SIZE_GROW)) oldB--;
  return (uint64_t)1 << oldB;
}
static inline int over_load_factor(int64_t count, uint8_t B) {
  return count > BUCKET_CNT && (uint64_t)count > 13 * (((uint64_t)1 << B) / 2);
}
static inline int too_many_overflow(uint64_t noverflow, uint8_t B) {
  if (B > 15) B = 15;
  return noverflow >= (uint64_t)1 << B;
}

static inline uint64_t hash_key(const gocc_hmap* h, const void* key) {
  switch (h->keykind) {
    case KEY_MEM64: return gocc_memhash64(*(const uint64_t*)key, h->seed);
    case KEY_MEM32: return gocc_memhash32(*(const uint32_t*)key, h->seed);
    case KEY_STRING: {
      const gocc_string* s = key;
      return gocc_memhash(s->ptr, (uint64_t)s->len, h->seed);
    }
    default: return gocc_typehash(h->key, key, h->seed);
  }
}

/* n bytes at p and q equal: up to 16 bytes with two overlapping loads per side and no call
 * (map keys are mostly short strings), longer ones by memcmp. */
static inline int bytes_equal(const uint8_t* p, const uint8_t* q, uint64_t n) {
  if (n >= 8) {
    if (n > 16) return memcmp(p, q, n) == 0;
    return gocc_read8(p) == gocc_read8(q) && gocc_read8(p + n - 8) == gocc_read8(q + n - 8);
  }
  if (n >= 4) return gocc_read4(p) == gocc_read4(q) && gocc_read4(p + n - 4) == gocc_read4(q + n - 4);
  for (uint64_t i = 0; i < n; i++)
    if (p[i] != q[i]) return 0;
  return 1;
}

static inline int key_equal(const gocc_hmap* h, const void* a, const void* b) {
  switch (h->keykind) {
    case KEY_MEM64: return *(const uint64_t*)a == *(const uint64_t*)b;
    case KEY_MEM32: return *(const uint32_t*)a == *(const uint32_t*)b;
    case KEY_STRING: {
      const gocc_string *x = a, *y = b;
      return x->len == y->len && (x->ptr == y->ptr || bytes_equal(x->ptr, y->ptr, (uint64_t)x->len));
    }
    default: return h->key->equal(a, b, h->key);
  }
}

/* A key type is reflexive when k == k for every k (no floats, no interfaces). */
static int reflexive(const gocc_type* t) {
  switch (t->kind) {
    case GOCC_KIND_FLOAT32: case GOCC_KIND_FLOAT64: case GOCC_KIND_COMPLEX64:
    case GOCC_KIND_COMPLEX128: case GOCC_KIND_INTERFACE: return 0;
    case GOCC_KIND_ARRAY: return reflexive(t->elem);
    case GOCC_KIND_STRUCT:
      for (int64_t i = 0; i < t->nfields; i++)
        if (!reflexive(t->fields[i].type)) return 0;
      return 1;
    default: return 1;
  }
}

/* The collector scans buckets precisely with a descriptor of their layout: the pointer words
 * of the keys and elements (an indirect key or element is one pointer word) and the overflow
 * pointer in the last word. Keys and elements with pointers have sizes and offsets that are
 * multiples of 8, so their bitmaps fall on whole words. Descriptors are built once per map
 * type (off-heap, never freed) and cached by the map type's address. */
typedef struct btype_entry {
  const gocc_type* maptype;
  const gocc_type* btype;
  struct btype_entry* next;
} btype_entry;

static void set_bits(uint8_t* bits, uint64_t word, const gocc_type* t, int indirect) {
  if (indirect) {
    bits[word / 8] |= (uint8_t)(1u << (word % 8));
    return;
  }
  for (uint64_t w = 0; w < t->ptrdata / 8; w++)
    if (t->gcdata[w / 8] & (1u << (w % 8))) bits[(word + w) / 8] |= (uint8_t)(1u << ((word + w) % 8));
}

static const gocc_type* bucket_type(const gocc_type* mt, const gocc_hmap* h) {
  static btype_entry* cache[256];
  btype_entry** slot = &cache[((uintptr_t)mt >> 4) & 255];
  for (btype_entry* e = *slot; e; e = e->next)
    if (e->maptype == mt) return e->btype;
  uint64_t words = h->bucketsize / 8, nbytes = (words + 7) / 8;
  uint8_t* bits = gocc_persistent_alloc(nbytes);
  memset(bits, 0, nbytes);
  for (uint64_t i = 0; i < BUCKET_CNT; i++) {
    uint64_t koff = BUCKET_CNT + i * h->keysize, eoff = BUCKET_CNT + BUCKET_CNT * h->keysize + i * h->elemsize;
    if (h->indirect_key || h->key->ptrdata) set_bits(bits, koff / 8, h->key, h->indirect_key);
    if (h->indirect_elem || h->elem->ptrdata) set_bits(bits, eoff / 8, h->elem, h->indirect_elem);
  }
  bits[(words - 1) / 8] |= (uint8_t)(1u << ((words - 1) % 8));
  gocc_type* t = gocc_persistent_alloc(sizeof(gocc_type));
  memset(t, 0, sizeof *t);
  t->size = t->ptrdata = h->bucketsize;
  t->gcdata = bits;
  t->kind = GOCC_KIND_STRUCT;
  t->align = t->field_align = 8;
  btype_entry* e = gocc_persistent_alloc(sizeof *e);
  e->maptype = mt;
  e->btype = t;
  e->next = *slot;
  *slot = e;
  return t;
}

static void* alloc_buckets(const gocc_hmap* h, uint64_t size) { return gocc_alloc(size, h->btype); }

/* Buckets in an array for 2^B: from B = 4 on, as in gc, 2^(B-4) overflow buckets follow the
 * 2^B in the same allocation, as many more as fit in the allocation's size class, and
 * new_overflow takes them before allocating one by one. */
static uint64_t bucket_array_len(const gocc_hmap* h, uint8_t B) {
  uint64_t n = (uint64_t)1 << B;
  if (B < 4) return n;
  n += (uint64_t)1 << (B - 4);
  return gocc_roundupsize(n * h->bucketsize) / h->bucketsize;
}

static uint8_t* new_buckets(const gocc_hmap* h, uint8_t B) {
  return alloc_buckets(h, h->bucketsize * bucket_array_len(h, B));
}

/* Makes `buckets` (from new_buckets for h->B) the map's array, with its overflow buckets. */
static void set_buckets(gocc_hmap* h, uint8_t* buckets) {
  h->buckets = buckets;
  h->next_overflow = buckets + (h->bucketsize << h->B);
  h->overflow_end = buckets + h->bucketsize * bucket_array_len(h, h->B);
}

static uint8_t* new_overflow(gocc_hmap* h, uint8_t* b) {
  uint8_t* ovf;
  if (h->next_overflow < h->overflow_end) {
    ovf = h->next_overflow;
    h->next_overflow += h->bucketsize;
  } else {
    ovf = alloc_buckets(h, h->bucketsize);
  }
  h->noverflow++;
  *boverflow(h, b) = ovf;
  return ovf;
}

gocc_hmap* gocc_makemap(const gocc_type* mt, int64_t hint) {
  gocc_hmap* h = gocc_alloc_words(sizeof(gocc_hmap));
  const gocc_type *k = mt->key, *e = mt->elem;
  h->key = k;
  h->elem = e;
  h->seed = fastrand64();
  h->indirect_key = k->size > MAX_INLINE;
  h->indirect_elem = e->size > MAX_INLINE;
  h->keysize = h->indirect_key ? 8 : k->size;
  h->elemsize = h->indirect_elem ? 8 : e->size;
  h->bucketsize = BUCKET_CNT + BUCKET_CNT * (h->keysize + h->elemsize) + 8;
  h->bucketsize = (h->bucketsize + 7) & ~(uint64_t)7;
  h->has_pointers = h->indirect_key || h->indirect_elem || k->ptrdata || e->ptrdata;
  h->btype = bucket_type(mt, h);
  h->reflexive = (uint8_t)reflexive(k);
  h->needkeyupdate = !(k->flags & GOCC_TFLAG_REGMEM);
  if (k->kind == GOCC_KIND_STRING) h->keykind = KEY_STRING;
  else if ((k->flags & GOCC_TFLAG_REGMEM) && k->size == 8) h->keykind = KEY_MEM64;
  else if ((k->flags & GOCC_TFLAG_REGMEM) && k->size == 4) h->keykind = KEY_MEM32;
  uint8_t B = 0;
  while (hint > 0 && over_load_factor(hint, B)) B++;
  h->B = B;
  if (B != 0) set_buckets(h, new_buckets(h, B));
  return h;
}

int64_t gocc_maplen(const gocc_hmap* h) { return h ? h->count : 0; }

/* The bucket holding `hash`'s entries right now: the old one if it is not yet evacuated. */
static uint8_t* lookup_bucket(const gocc_hmap* h, uint64_t hash) {
  uint64_t m = bucket_mask(h->B);
  uint8_t* b = h->buckets + (hash & m) * h->bucketsize;
  if (h->oldbuckets) {
    if (!(h->flags & FLAG_SAME_SIZE_GROW)) m >>= 1;
    uint8_t* ob = h->oldbuckets + (hash & m) * h->bucketsize;
    if (!evacuated(ob)) b = ob;
  }
  return b;
}

/* Finds key; returns the elem pointer (and the stored key via *kout) or NULL. */
static void* lookup(const gocc_type* mt, gocc_hmap* h, const void* key, void** kout) {
  if (h == NULL || h->count == 0) {
    if (mt->key->kind == GOCC_KIND_INTERFACE) (void)gocc_typehash(mt->key, key, 0); /* may panic */
    return NULL;
  }
  uint64_t hash = hash_key(h, key);
  uint8_t top = tophash(hash);
  for (uint8_t* b = lookup_bucket(h, hash); b; b = *boverflow(h, b)) {
    for (uint64_t i = 0; i < BUCKET_CNT; i++) {
      if (b[i] != top) {
        if (b[i] == EMPTY_REST) return NULL;
        continue;
      }
      void* k = key_of(h, bkey(h, b, i));
      if (key_equal(h, key, k)) {
        if (kout) *kout = k;
        return elem_of(h, belem(h, b, i));
      }
    }
  }
  return NULL;
}

static void advance_evacuation_mark(gocc_hmap* h, uint64_t newbit) {
  h->nevacuate++;
  uint64_t stop = h->nevacuate + 1024;
  if (stop > newbit) stop = newbit;
  while (h->nevacuate != stop && evacuated(h->oldbuckets + h->nevacuate * h->bucketsize))
    h->nevacuate++;
  if (h->nevacuate == newbit) {
    h->oldbuckets = NULL;
    h->flags &= (uint8_t)~FLAG_SAME_SIZE_GROW;
  }
}

typedef struct evac_dst {
  uint8_t* b;
  uint64_t i;
} evac_dst;

/* Copies (clears) a key or element slot: the common sizes as fixed-size moves the compiler
 * inlines (a call to memcpy for 8 bytes cost evacuation a third of its time). */
static inline void copy_slot(void* dst, const void* src, uint64_t size) {
  switch (size) {
    case 4: memcpy(dst, src, 4); return;
    case 8: memcpy(dst, src, 8); return;
    case 16: memcpy(dst, src, 16); return;
    case 24: memcpy(dst, src, 24); return;
    default: memcpy(dst, src, size); return;
  }
}

static inline void clear_slot(void* dst, uint64_t size) {
  switch (size) {
    case 4: memset(dst, 0, 4); return;
    case 8: memset(dst, 0, 8); return;
    case 16: memset(dst, 0, 16); return;
    default: memset(dst, 0, size); return;
  }
}

static void evacuate(gocc_hmap* h, uint64_t oldbucket) {
  uint8_t* b = h->oldbuckets + oldbucket * h->bucketsize;
  uint64_t newbit = noldbuckets(h);
  if (!evacuated(b)) {
    evac_dst xy[2];
    xy[0].b = h->buckets + oldbucket * h->bucketsize;
    xy[0].i = 0;
    int same_size = (h->flags & FLAG_SAME_SIZE_GROW) != 0;
    if (!same_size) {
      xy[1].b = h->buckets + (oldbucket + newbit) * h->bucketsize;
      xy[1].i = 0;
    }
    for (; b; b = *boverflow(h, b)) {
      for (uint64_t i = 0; i < BUCKET_CNT; i++) {
        uint8_t top = b[i];
        if (is_empty(top)) {
          b[i] = EVACUATED_EMPTY;
          continue;
        }
        uint8_t* kslot = bkey(h, b, i);
        int use_y = 0;
        if (!same_size) {
          void* k = key_of(h, kslot);
          uint64_t hash = hash_key(h, k);
          if ((h->flags & FLAG_ITERATOR) && !h->reflexive && !key_equal(h, k, k)) {
            /* NaN-like key: its hash is random, so any destination is right, but iterators
             * need the choice to be reproducible: take it from the old tophash's low bit. */
            use_y = top & 1;
            top = tophash(hash);
          } else if (hash & newbit) {
            use_y = 1;
          }
        }
        b[i] = (uint8_t)(EVACUATED_X + use_y);
        evac_dst* d = &xy[use_y];
        if (d->i == BUCKET_CNT) {
          d->b = new_overflow(h, d->b);
          d->i = 0;
        }
        d->b[d->i] = top;
        copy_slot(bkey(h, d->b, d->i), kslot, h->keysize);
        copy_slot(belem(h, d->b, d->i), belem(h, b, i), h->elemsize);
        d->i++;
      }
    }
  }
  if (oldbucket == h->nevacuate) advance_evacuation_mark(h, newbit);
}

static void grow_work(gocc_hmap* h, uint64_t bucket) {
  evacuate(h, bucket & (noldbuckets(h) - 1));
  if (growing(h)) evacuate(h, h->nevacuate);
}

static void hash_grow(gocc_hmap* h) {
  uint8_t bigger = 1;
  if (!over_load_factor(h->count + 1, h->B)) {
    bigger = 0;
    h->flags |= FLAG_SAME_SIZE_GROW;
  }
  uint8_t* old = h->buckets;
  uint8_t* fresh = new_buckets(h, (uint8_t)(h->B + bigger));
  if (h->flags & FLAG_ITERATOR) h->flags |= FLAG_OLD_ITERATOR;
  h->B += bigger;
  h->oldbuckets = old;
  set_buckets(h, fresh);
  h->nevacuate = 0;
  h->noverflow = 0;
}

static void* assign(gocc_hmap* h, const void* key) {
  if (h == NULL) gocc_panic_nilmap();
  uint64_t hash = hash_key(h, key);
  if (h->buckets == NULL) set_buckets(h, new_buckets(h, 0));
again:;
  uint64_t bucket = hash & bucket_mask(h->B);
  if (growing(h)) grow_work(h, bucket);
  uint8_t* b = h->buckets + bucket * h->bucketsize;
  uint8_t top = tophash(hash);
  uint8_t* insert_b = NULL;
  uint64_t insert_i = 0;
  for (;;) {
    for (uint64_t i = 0; i < BUCKET_CNT; i++) {
      if (b[i] != top) {
        if (is_empty(b[i]) && insert_b == NULL) {
          insert_b = b;
          insert_i = i;
        }
        if (b[i] == EMPTY_REST) goto done;
        continue;
      }
      void* k = key_of(h, bkey(h, b, i));
      if (!key_equal(h, key, k)) continue;
      if (h->needkeyupdate) copy_slot(k, key, h->key->size);
      return elem_of(h, belem(h, b, i));
    }
    uint8_t* ovf = *boverflow(h, b);
    if (ovf == NULL) break;
    b = ovf;
  }
done:
  if (!growing(h) && (over_load_factor(h->count + 1, h->B) || too_many_overflow(h->noverflow, h->B))) {
    hash_grow(h);
    goto again;
  }
  if (insert_b == NULL) {
    insert_b = new_overflow(h, b);
    insert_i = 0;
  }
  uint8_t* kslot = bkey(h, insert_b, insert_i);
  uint8_t* eslot = belem(h, insert_b, insert_i);
  if (h->indirect_key) {
    void* kmem = gocc_new(h->key);
    *(void**)kslot = kmem;
    kslot = kmem;
  }
  if (h->indirect_elem) {
    void* emem = gocc_new(h->elem);
    *(void**)eslot = emem;
    eslot = emem;
  }
  copy_slot(kslot, key, h->key->size);
  insert_b[insert_i] = top;
  h->count++;
  return eslot;
}

static void delete_key(const gocc_type* mt, gocc_hmap* h, const void* key) {
  if (h == NULL || h->count == 0) {
    if (mt->key->kind == GOCC_KIND_INTERFACE) (void)gocc_typehash(mt->key, key, 0);
    return;
  }
  uint64_t hash = hash_key(h, key);
  uint64_t bucket = hash & bucket_mask(h->B);
  if (growing(h)) grow_work(h, bucket);
  uint8_t* first = h->buckets + bucket * h->bucketsize;
  uint8_t top = tophash(hash);
  for (uint8_t* b = first; b; b = *boverflow(h, b)) {
    for (uint64_t i = 0; i < BUCKET_CNT; i++) {
      if (b[i] != top) {
        if (b[i] == EMPTY_REST) return;
        continue;
      }
      uint8_t* kslot = bkey(h, b, i);
      if (!key_equal(h, key, key_of(h, kslot))) continue;
      clear_slot(kslot, h->keysize);
      clear_slot(belem(h, b, i), h->elemsize);
      b[i] = EMPTY_ONE;
      /* If this slot ends the chain's used part, turn the trailing emptyOne run into emptyRest. */
      int last = i == BUCKET_CNT - 1 ? (*boverflow(h, b) == NULL || (*boverflow(h, b))[0] == EMPTY_REST)
                                     : b[i + 1] == EMPTY_REST;
      if (last) {
        for (;;) {
          b[i] = EMPTY_REST;
          if (i == 0) {
            if (b == first) break;
            uint8_t* c = b;
            for (b = first; *boverflow(h, b) != c; b = *boverflow(h, b)) {
            }
            i = BUCKET_CNT - 1;
          } else {
            i--;
          }
          if (b[i] != EMPTY_ONE) break;
        }
      }
      h->count--;
      if (h->count == 0) h->seed = fastrand64();
      return;
    }
  }
}

void gocc_mapiterinit(const gocc_type* mt, gocc_hmap* h, gocc_mapiter* it) {
  memset(it, 0, sizeof *it);
  it->t = mt;
  if (h == NULL || h->count == 0) return;
  it->h = h;
  it->B = h->B;
  it->buckets = h->buckets;
  uint64_t r = fastrand64();
  it->start_bucket = r & bucket_mask(h->B);
  it->offset = (uint8_t)((r >> h->B) & (BUCKET_CNT - 1));
  it->bucket = it->start_bucket;
  h->flags |= FLAG_ITERATOR | FLAG_OLD_ITERATOR;
  gocc_mapiternext(it);
}

void gocc_mapiternext(gocc_mapiter* it) {
  gocc_hmap* h = it->h;
  if (h == NULL) return;
  uint8_t* b = it->bptr;
  uint64_t bucket = it->bucket, check_bucket = it->check_bucket;
  uint64_t i = it->i;
next:
  if (b == NULL) {
    if (bucket == it->start_bucket && it->wrapped) {
      it->key = it->elem = NULL;
      return;
    }
    if (growing(h) && it->B == h->B) {
      /* Started during this growth: the old bucket may still hold our entries. */
      uint64_t oldbucket = bucket & (noldbuckets(h) - 1);
      b = h->oldbuckets + oldbucket * h->bucketsize;
      if (!evacuated(b)) {
        check_bucket = bucket;
      } else {
        b = (uint8_t*)it->buckets + bucket * h->bucketsize;
        check_bucket = NO_CHECK;
      }
    } else {
      b = (uint8_t*)it->buckets + bucket * h->bucketsize;
      check_bucket = NO_CHECK;
    }
    bucket++;
    if (bucket == ((uint64_t)1 << it->B)) {
      bucket = 0;
      it->wrapped = 1;
    }
    i = 0;
  }
  for (; i < BUCKET_CNT; i++) {
    uint64_t offi = (i + it->offset) & (BUCKET_CNT - 1);
    uint8_t top = b[offi];
    if (is_empty(top) || top == EVACUATED_EMPTY) continue;
    void* k = key_of(h, bkey(h, b, offi));
    if (check_bucket != NO_CHECK && !(h->flags & FLAG_SAME_SIZE_GROW)) {
      /* An old bucket of a growth that started before us: keep only entries bound for the
       * new bucket we are visiting. */
      if (h->reflexive || key_equal(h, k, k)) {
        if ((hash_key(h, k) & bucket_mask(it->B)) != check_bucket) continue;
      } else if ((check_bucket >> (it->B - 1)) != (uint64_t)(top & 1)) {
        continue;
      }
    }
    if ((top != EVACUATED_X && top != EVACUATED_Y) || !(h->reflexive || key_equal(h, k, k))) {
      it->key = k;
      it->elem = elem_of(h, belem(h, b, offi));
    } else {
      /* The entry moved since the iterator started; it may have been updated or deleted. */
      void* rk = NULL;
      void* re = lookup(it->t, h, k, &rk);
      if (re == NULL) continue;
      it->key = rk;
      it->elem = re;
    }
    it->bucket = bucket;
    it->bptr = b;
    it->i = (uint8_t)(i + 1);
    it->check_bucket = check_bucket;
    return;
  }
  b = *boverflow(h, b);
  i = 0;
  goto next;
}

void gocc_mapclear(const gocc_type* mt, gocc_hmap* h) {
  if (h == NULL || h->count == 0) return;
  h->flags &= (uint8_t)~FLAG_SAME_SIZE_GROW;
  h->oldbuckets = NULL;
  h->nevacuate = 0;
  h->noverflow = 0;
  h->count = 0;
  h->seed = fastrand64();
  /* Clear in place (overflow chains drop off) so running iterators see an empty table. */
  if (h->buckets) {
    memset(h->buckets, 0, h->bucketsize * bucket_array_len(h, h->B));
    set_buckets(h, h->buckets);
  }
}

void* gocc_mapaccess1(const gocc_type* mt, gocc_hmap* h, const void* key) {
  void* e = lookup(mt, h, key, NULL);
  return e ? e : zero_value(mt->elem->size);
}
void* gocc_mapaccess2(const gocc_type* mt, gocc_hmap* h, const void* key) {
  return lookup(mt, h, key, NULL);
}
void* gocc_mapassign(const gocc_type* mt, gocc_hmap* h, const void* key) { return assign(h, key); }
void gocc_mapdelete(const gocc_type* mt, gocc_hmap* h, const void* key) { delete_key(mt, h, key); }

#define COMMA ,
#define GOCC_MAP_FAST(suffix, params, keyexpr)                                            \
  void* gocc_mapaccess1_##suffix(const gocc_type* mt, gocc_hmap* h, params) {             \
    keyexpr;                                                                              \
    return gocc_mapaccess1(mt, h, &k);                                                    \
  }                                                                                       \
  void* gocc_mapaccess2_##suffix(const gocc_type* mt, gocc_hmap* h, params) {             \
    keyexpr;                                                                              \
    return lookup(mt, h, &k, NULL);                                                       \
  }                                                                                       \
  void* gocc_mapassign_##suffix(const gocc_type* mt, gocc_hmap* h, params) {              \
    keyexpr;                                                                              \
    return assign(h, &k);                                                                 \
  }                                                                                       \
  void gocc_mapdelete_##suffix(const gocc_type* mt, gocc_hmap* h, params) {               \
    keyexpr;                                                                              \
    delete_key(mt, h, &k);                                                                \
  }

GOCC_MAP_FAST(fast64, uint64_t key, uint64_t k = key)
GOCC_MAP_FAST(fast32, uint32_t key, uint32_t k = key)
GOCC_MAP_FAST(faststr, const uint8_t* p COMMA int64_t n, gocc_string k = {p COMMA n})
