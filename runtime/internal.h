/* internal.h — declarations shared between the runtime's C files; not part of the ABI. */
#ifndef GOCC_RUNTIME_INTERNAL_H
#define GOCC_RUNTIME_INTERNAL_H

#include <string.h>

#include "runtime/goccrt.h"

#ifdef __cplusplus
extern "C" {
#endif

#define GOCC_LIKELY(x) __builtin_expect(!!(x), 1)
#define GOCC_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- allocator internals (alloc.c) ---- */

enum {
  GOCC_PAGE_SHIFT = 13,
  GOCC_PAGE_SIZE = 1 << GOCC_PAGE_SHIFT,
  GOCC_NUM_SIZE_CLASSES = 68, /* class 0 is "large" */
  GOCC_MAX_SMALL_SIZE = 32768,
  GOCC_MAX_ALLOC_SHIFT = 47,
};
#define GOCC_MAX_ALLOC ((uint64_t)1 << GOCC_MAX_ALLOC_SHIFT)

enum { GOCC_SPAN_FREE = 0, GOCC_SPAN_IN_USE = 1 };
enum { GOCC_SPAN_BITMAP_WORDS = 16 }; /* room for 1024 objects: the 8-byte class in one page */

typedef struct gocc_span {
  uintptr_t base;
  uint64_t npages;
  struct gocc_span* next; /* list links: mcentral lists, heap free list */
  struct gocc_span* prev;
  uint64_t elemsize;
  uint32_t nelems;
  uint32_t freeindex;    /* no free object below this index */
  uint32_t allocated;    /* objects allocated */
  uint32_t divmagic;     /* (offset * divmagic) >> 32 == offset / elemsize for small classes */
  uint8_t sizeclass;     /* 0 for large spans */
  uint8_t noscan;        /* objects contain no pointers */
  uint8_t state;         /* GOCC_SPAN_* */
  uint8_t needzero;      /* memory may be dirty (reused) */
  uint8_t in_cache;      /* currently an mcache span */
  uint8_t unused[3];
  uint64_t allocbits[GOCC_SPAN_BITMAP_WORDS]; /* 1 = object allocated */
  uint64_t markbits[GOCC_SPAN_BITMAP_WORDS];  /* room for the mark-sweep GC */
} gocc_span;

extern const uint16_t gocc_class_to_size[GOCC_NUM_SIZE_CLASSES];
extern const uint8_t gocc_class_to_npages[GOCC_NUM_SIZE_CLASSES];
int gocc_size_to_class(uint64_t size); /* size <= GOCC_MAX_SMALL_SIZE */

/* The span containing address p (any interior address), or NULL if p is not in the heap. */
gocc_span* gocc_span_of(const void* p);
/* Start of the object containing p, or NULL if p is not in an allocated object. */
void* gocc_object_base(const void* p);
/* 1 if the heap word at p (8-aligned, inside an allocated object) may hold a pointer. */
int gocc_heap_is_pointer(const void* p);
/* Allocation for runtime-internal objects whose every word may be a pointer (map buckets). */
void* gocc_alloc_words(uint64_t size);
void* gocc_alloc_noscan(uint64_t size);
/* Off-heap memory for runtime metadata; never freed. */
void* gocc_persistent_alloc(uint64_t size);
extern gocc_memstats gocc_stats;

/* ---- panics (panic.c) ---- */
GOCC_NORETURN void gocc_panic_iface(gocc_iface v);
GOCC_NORETURN void gocc_fatal_signal(const char* text);
/* Panic with a *TypeAssertionError. */
GOCC_NORETURN void gocc_panic_type_assertion(const gocc_type* iface, const gocc_type* have,
                                             const gocc_type* want, gocc_string missing);
void gocc_signals_init(void);

/* ---- printing (print.c) ---- */
void gocc_print_cstr(const char* s);
void gocc_print_gostr(gocc_string s);
void gocc_print_flush(void);
/* Prints an interface value as gc's printany does for panic values. */
void gocc_print_any(const gocc_type* t, const void* data);

/* ---- interfaces (iface.c) ---- */
/* Looks up an exported niladic method `name` of type `func() string` in t's method set. */
void* gocc_find_string_method(const gocc_type* t, const char* name);
void* gocc_iface_data_ptr(const gocc_type* t, void* const* data); /* pointer to the value */
gocc_string gocc_cstring(const char* s);
bool gocc_string_eq(gocc_string a, gocc_string b);

/* ---- maps/hash (map.c) ---- */
void gocc_hash_init(void);

/* ---- os (os.c) ---- */
void gocc_run_exit_hooks(void);
void gocc_debug_parse(const char* env);

#ifdef __cplusplus
}
#endif

#endif
