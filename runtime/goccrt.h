/* goccrt.h — the ABI between gocc's generated code and its runtime (libgoccrt.a).
 *
 * Everything generated code may call or lay out is declared here; docs/runtime.md explains the
 * same contract in prose. Target: x86-64 Linux (System V ABI); nothing here rules out aarch64.
 *
 * Value representation
 *   Go int/uint/uintptr are 64-bit. bool is one byte (0/1).
 *   string    = gocc_string {const uint8_t* ptr; int64_t len;}
 *   slice     = gocc_slice  {void* ptr; int64_t len; int64_t cap;}
 *   interface = gocc_iface  {const void* tab; void* data;}
 *     empty interface:     tab is a const gocc_type* (NULL for a nil interface);
 *     non-empty interface: tab is a const gocc_itab* whose first field is the dynamic type.
 *     data holds the value itself when the dynamic type is pointer-shaped (flag
 *     GOCC_TFLAG_DIRECTIFACE: pointers, maps, chans, funcs, unsafe.Pointer, and structs/arrays
 *     of exactly one such field/element, as gc does); otherwise a pointer to a heap copy
 *     (gocc_convT and friends make one).
 *   func value = pointer to a closure block whose first word is the code pointer. A call passes
 *     the block as a hidden first argument: ((R(*)(void*, args...))(*(void**)fv))(fv, args...).
 *   map       = gocc_hmap* (NULL is the nil map); len(m) is the int64 at offset 0 (0 if NULL).
 *
 * Calling convention of runtime entry points
 *   Every gocc_* function takes only scalars (pointers, integers, doubles) and returns void, a
 *   scalar, or a struct of exactly two 8-byte integer/pointer fields (gocc_string, gocc_iface,
 *   gocc_pair, gocc_ptrcap: returned in RAX:RDX). Larger results go through an out-pointer.
 *   bool results are C `bool` (LLVM: zeroext i1).
 *   The runtime calls Go code in exactly three shapes, which codegen must produce:
 *     void f(void* closure)                      deferred calls and func values without arguments
 *     gocc_string m(void* recv)                  methods Error() string / String() string
 *     void m(void* recv)                         the marker method RuntimeError()
 *   where `recv` is the interface data word (see "Method tables" below).
 *
 * Type descriptors (gocc_type) are constant data emitted by codegen, one per type, and
 * compared by address. The runtime exports the descriptors of the predeclared types
 * (gocc_type_int, ...); codegen must use those rather than emit its own. Where the runtime has
 * to match types that it did not receive from codegen (method types of its own error types),
 * gocc_type_identical() also accepts equal kind, hash, string and package path.
 *   hash   = 32-bit FNV-1a of `str` (offset basis 2166136261, prime 16777619).
 *   gcdata = one bit per pointer-sized word of the first `ptrdata` bytes, LSB first: 1 = pointer.
 *   equal  = NULL if the type is not comparable; otherwise one of the gocc_equal_* functions
 *            below (or any function of that signature).
 *
 * Method tables
 *   A concrete type's `methods` is its method set (value receivers for T, all methods for *T),
 *   sorted by name (bytewise), ties by pkgpath. Exported methods have an empty pkgpath,
 *   unexported ones the path of their package. `fn` takes the interface data word as its
 *   receiver: for a boxed T that is a pointer to the T (codegen emits a wrapper that loads the
 *   value), for a pointer-shaped type it is the value itself.
 *   An interface type's `methods` lists its methods in the same order with fn == NULL.
 *   An itab {type, inter, hash, fun[n]} has fun[i] = the implementation of inter->methods[i].
 *   Codegen may emit itabs statically for conversions it knows; the runtime builds the others
 *   (gocc_getitab, cached). Itab addresses are NOT unique: compare itab->type, not itabs.
 *
 * Defer, panic and recover (panic.c)
 *   A function that contains `defer` keeps a gocc_frame in its own stack frame and does:
 *
 *       gocc_frame fr;                       // 16-byte aligned, sizeof(gocc_frame)
 *       gocc_frame_push(&fr);
 *       if (_setjmp(fr.jb) != 0) {           // `returns_twice`; called directly, never wrapped
 *           gocc_frame_landing(&fr);         // returns only if a deferred call recovered
 *           return <results, loaded from their memory slots>;
 *       }
 *       ... body ...  `defer f` is gocc_defer(&fr, closure) (closure may be NULL: the nil
 *                     dereference panic happens when the deferred call would run, as in gc)
 *       return:  store results to their slots; gocc_frame_return(&fr); return <reload slots>;
 *
 *   Volatility: every local the landing path reads (the result slots, named results) and every
 *   local written after _setjmp and read after a longjmp must live in memory and be accessed
 *   with volatile loads/stores (or live in heap cells reached through a closure). Codegen
 *   should mark functions containing `defer` or calling recover with "frame-pointer"="all";
 *   simplest is to keep frame pointers in all Go functions.
 *
 *   recover() compiles to gocc_recover(fp) where fp = llvm.frameaddress(0) of the function
 *   that contains the call. It returns the panic value only if a panic is in progress and the
 *   function was called directly by the deferred-call machinery (gc's rule). Deferred calls
 *   whose closure is a compiler-made wrapper (`defer f(x)`, `defer t.M()`) must first call
 *   gocc_defer_wrapper(fp_of_wrapper) so that recover() inside f still counts as direct.
 *   `defer recover()` is a wrapper that calls gocc_recover(fp of the deferring function,
 *   captured in the closure block) — never the wrapper's own fp.
 *
 *   Runtime errors are panics whose value is a runtime.Error (methods Error and
 *   RuntimeError). An unrecovered panic prints gc's text to stderr ("panic: " + value,
 *   " [recovered]", "\tpanic: " for nested panics, "[signal ...]" for faults, then
 *   "\ngoroutine 1 [running]:\n\t(gocc: no traceback)\n") and exits with status 2.
 *
 * Program entry: the runtime defines main(argc, argv); it initialises itself and calls
 * gocc_main_init() then gocc_main_main(), both defined by generated code, then exits 0.
 */
#ifndef GOCC_RUNTIME_GOCCRT_H
#define GOCC_RUNTIME_GOCCRT_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GOCC_NORETURN __attribute__((noreturn))

/* ---- values ---------------------------------------------------------------------------- */

typedef struct gocc_string {
  const uint8_t* ptr;
  int64_t len;
} gocc_string;

typedef struct gocc_slice {
  void* ptr;
  int64_t len;
  int64_t cap;
} gocc_slice;

typedef struct gocc_iface {
  const void* tab;
  void* data;
} gocc_iface;

typedef struct gocc_pair {
  int64_t a;
  int64_t b;
} gocc_pair;

typedef struct gocc_ptrcap {
  void* ptr;
  int64_t cap;
} gocc_ptrcap;

/* ---- type descriptors ------------------------------------------------------------------ */

/* reflect.Kind numbering. */
enum {
  GOCC_KIND_INVALID = 0, GOCC_KIND_BOOL, GOCC_KIND_INT, GOCC_KIND_INT8, GOCC_KIND_INT16,
  GOCC_KIND_INT32, GOCC_KIND_INT64, GOCC_KIND_UINT, GOCC_KIND_UINT8, GOCC_KIND_UINT16,
  GOCC_KIND_UINT32, GOCC_KIND_UINT64, GOCC_KIND_UINTPTR, GOCC_KIND_FLOAT32, GOCC_KIND_FLOAT64,
  GOCC_KIND_COMPLEX64, GOCC_KIND_COMPLEX128, GOCC_KIND_ARRAY, GOCC_KIND_CHAN, GOCC_KIND_FUNC,
  GOCC_KIND_INTERFACE, GOCC_KIND_MAP, GOCC_KIND_POINTER, GOCC_KIND_SLICE, GOCC_KIND_STRING,
  GOCC_KIND_STRUCT, GOCC_KIND_UNSAFE_POINTER
};

enum {
  GOCC_TFLAG_COMPARABLE = 1,  /* == is defined (interfaces: may still panic at run time) */
  GOCC_TFLAG_DIRECTIFACE = 2, /* pointer-shaped: stored directly in an interface data word */
  GOCC_TFLAG_REGMEM = 4,      /* == and hash are plain memory over `size` bytes */
  GOCC_TFLAG_NAMED = 8,       /* a defined (named) type */
  GOCC_TFLAG_VARIADIC = 16,   /* a func type whose last parameter is ...T */
};

typedef struct gocc_type gocc_type;
typedef bool (*gocc_equal_fn)(const void* a, const void* b, const gocc_type* t);

typedef struct gocc_field {
  gocc_string name; /* "_" fields are skipped by == and hashing, as in gc */
  const gocc_type* type;
  uint64_t offset;
  uint64_t embedded; /* 1 if embedded */
} gocc_field;

typedef struct gocc_method {
  gocc_string name;
  gocc_string pkgpath; /* "" for exported names */
  const gocc_type* type; /* the method's func type without receiver, e.g. "func() string" */
  void* fn;              /* NULL in interface types */
} gocc_method;

struct gocc_type {
  uint64_t size;
  uint64_t ptrdata;  /* bytes of prefix that may contain pointers */
  uint32_t hash;     /* FNV-1a 32 of str */
  uint8_t kind;      /* GOCC_KIND_* */
  uint8_t align;
  uint8_t field_align;
  uint8_t flags;     /* GOCC_TFLAG_* */
  gocc_equal_fn equal;
  const uint8_t* gcdata;
  gocc_string str;     /* as gc prints it for %T and in panics: "main.T", "[]int", "interface {}" */
  gocc_string pkgpath; /* named types: defining package's import path; else "" */
  const gocc_type* elem; /* pointer, slice, array, chan: element; map: value type */
  const gocc_type* key;  /* map key */
  int64_t len;           /* array length; chan: direction (1 recv, 2 send, 3 both); func: #params */
  const gocc_field* fields; /* struct: its fields; func: parameter then result types (name "") */
  int64_t nfields;
  const gocc_method* methods;
  int64_t nmethods;
  /* *T's descriptor if the program has one (gc's ptrToThis), else NULL. Programs that call
   * methods reflectively (text/template) have one for every named type with pointer methods. */
  const gocc_type* ptr_to_this;
};

/* Layout check: codegen emits this as the LLVM struct
 * { i64, i64, i32, i8, i8, i8, i8, ptr, ptr, {ptr,i64}, {ptr,i64}, ptr, ptr, i64, ptr, i64, ptr, i64, ptr } */
#ifdef __cplusplus
static_assert(sizeof(struct gocc_type) == 136, "gocc_type layout");
static_assert(offsetof(struct gocc_type, kind) == 20, "internal/gort's Kind reads the kind at 20");
#else
_Static_assert(sizeof(struct gocc_type) == 136, "gocc_type layout");
_Static_assert(offsetof(struct gocc_type, kind) == 20, "internal/gort's Kind reads the kind at 20");
#endif

typedef struct gocc_itab {
  const gocc_type* type;
  const gocc_type* inter;
  uint32_t hash; /* == type->hash, for type switches */
  uint32_t unused;
  void* fun[]; /* inter->nmethods entries */
} gocc_itab;

/* Predeclared types (codegen uses these, never its own copies). */
extern const gocc_type gocc_type_bool, gocc_type_int, gocc_type_int8, gocc_type_int16,
    gocc_type_int32, gocc_type_int64, gocc_type_uint, gocc_type_uint8, gocc_type_uint16,
    gocc_type_uint32, gocc_type_uint64, gocc_type_uintptr, gocc_type_float32, gocc_type_float64,
    gocc_type_complex64, gocc_type_complex128, gocc_type_string, gocc_type_unsafe_pointer,
    gocc_type_empty_interface, gocc_type_error;

/* Equality functions for the `equal` field. */
bool gocc_equal_mem(const void* a, const void* b, const gocc_type* t); /* REGMEM types */
bool gocc_equal_f32(const void* a, const void* b, const gocc_type* t);
bool gocc_equal_f64(const void* a, const void* b, const gocc_type* t);
bool gocc_equal_c64(const void* a, const void* b, const gocc_type* t);
bool gocc_equal_c128(const void* a, const void* b, const gocc_type* t);
bool gocc_equal_string(const void* a, const void* b, const gocc_type* t);
bool gocc_equal_eface(const void* a, const void* b, const gocc_type* t);  /* may panic */
bool gocc_equal_iface(const void* a, const void* b, const gocc_type* t);  /* may panic */
bool gocc_equal_struct(const void* a, const void* b, const gocc_type* t); /* field by field */
bool gocc_equal_array(const void* a, const void* b, const gocc_type* t);  /* elem by elem */

bool gocc_type_identical(const gocc_type* a, const gocc_type* b);
uint32_t gocc_fnv1a32(const uint8_t* p, int64_t n);

/* ---- allocation (alloc.c) -------------------------------------------------------------- */

/* Returns zeroed memory of `size` bytes holding values of type t (NULL: no pointers). When
 * size > t->size it is an array of t. Size 0 returns the address of a shared zero-size object. */
void* gocc_alloc(uint64_t size, const gocc_type* t);
void* gocc_new(const gocc_type* t); /* new(T) */
uint64_t gocc_roundupsize(uint64_t size);
extern uint8_t gocc_zerobase[8];

/* ---- slices (slice.c) ------------------------------------------------------------------ */

void* gocc_makeslice(const gocc_type* elem, int64_t len, int64_t cap);
/* append needing capacity `needed` > old_cap: new backing array (old elements copied) and cap.
 * The new length is the caller's business. */
gocc_ptrcap gocc_growslice(const gocc_type* elem, void* old_ptr, int64_t old_len, int64_t old_cap,
                           int64_t needed);
/* memmove for copy, spread append and growslice: moves of up to 128 bytes without the C library */
void gocc_memmove(void* to, const void* from, uint64_t n);

/* ---- strings (string.c) ---------------------------------------------------------------- */

gocc_string gocc_concatstrings(const gocc_string* parts, int64_t n);
enum { GOCC_CONCAT_BUF = 32 }; /* bytes of a non-escaping concatenation's stack buffer (gc's tmpBuf) */
gocc_string gocc_concatstrings_buf(uint8_t* buf, const gocc_string* parts, int64_t n);
gocc_string gocc_concatstring2(const uint8_t* p1, int64_t n1, const uint8_t* p2, int64_t n2);
int64_t gocc_cmpstring(const uint8_t* p1, int64_t n1, const uint8_t* p2, int64_t n2);
bool gocc_eqstring(const uint8_t* p1, int64_t n1, const uint8_t* p2, int64_t n2);
/* Conversions. buf is NULL, or the stack buffer of a conversion whose result does not escape
 * (gc's tmpBuf): GOCC_CONVERT_BUF bytes (runes for stringtoslicerune, 4 bytes for intstring),
 * used when the result fits, the heap otherwise. */
#define GOCC_CONVERT_BUF 32
gocc_string gocc_slicebytetostring(uint8_t* buf, const uint8_t* p, int64_t n);
gocc_ptrcap gocc_stringtoslicebyte(uint8_t* buf, const uint8_t* p, int64_t n);   /* len == n */
void gocc_stringtoslicerune(gocc_slice* out, int32_t* buf, const uint8_t* p, int64_t n);
gocc_string gocc_slicerunetostring(uint8_t* buf, const int32_t* p, int64_t n);
gocc_string gocc_intstring(uint8_t* buf, int64_t v); /* string(rune(v)) for any integer v */
/* for range over a string, non-ASCII byte at s[k]: returns {rune, index after it}. */
gocc_pair gocc_decoderune(const uint8_t* p, int64_t n, int64_t k);
int64_t gocc_encoderune(uint8_t* buf4, int32_t r); /* UTF-8 encode; invalid -> U+FFFD */

/* ---- maps (map.c) ---------------------------------------------------------------------- */

typedef struct gocc_hmap gocc_hmap;

typedef struct gocc_mapiter {
  void* key;  /* NULL when the iteration is over */
  void* elem;
  const gocc_type* t;
  gocc_hmap* h;
  void* buckets;
  void* bptr;
  uint64_t start_bucket;
  uint64_t bucket;
  uint64_t check_bucket;
  uint8_t offset, wrapped, B, i;
  uint32_t unused;
} gocc_mapiter;

gocc_hmap* gocc_makemap(const gocc_type* maptype, int64_t hint);
int64_t gocc_maplen(const gocc_hmap* h);
/* access1 returns a pointer to the value or to a zero value (never NULL); access2 returns NULL
 * when the key is absent. assign returns the slot to store the value into. */
void* gocc_mapaccess1(const gocc_type* mt, gocc_hmap* h, const void* key);
void* gocc_mapaccess2(const gocc_type* mt, gocc_hmap* h, const void* key);
void* gocc_mapassign(const gocc_type* mt, gocc_hmap* h, const void* key);
void gocc_mapdelete(const gocc_type* mt, gocc_hmap* h, const void* key);
void* gocc_mapaccess1_fast64(const gocc_type* mt, gocc_hmap* h, uint64_t key);
void* gocc_mapaccess2_fast64(const gocc_type* mt, gocc_hmap* h, uint64_t key);
void* gocc_mapassign_fast64(const gocc_type* mt, gocc_hmap* h, uint64_t key);
void gocc_mapdelete_fast64(const gocc_type* mt, gocc_hmap* h, uint64_t key);
void* gocc_mapaccess1_fast32(const gocc_type* mt, gocc_hmap* h, uint32_t key);
void* gocc_mapaccess2_fast32(const gocc_type* mt, gocc_hmap* h, uint32_t key);
void* gocc_mapassign_fast32(const gocc_type* mt, gocc_hmap* h, uint32_t key);
void gocc_mapdelete_fast32(const gocc_type* mt, gocc_hmap* h, uint32_t key);
void* gocc_mapaccess1_faststr(const gocc_type* mt, gocc_hmap* h, const uint8_t* p, int64_t n);
void* gocc_mapaccess2_faststr(const gocc_type* mt, gocc_hmap* h, const uint8_t* p, int64_t n);
void* gocc_mapassign_faststr(const gocc_type* mt, gocc_hmap* h, const uint8_t* p, int64_t n);
void gocc_mapdelete_faststr(const gocc_type* mt, gocc_hmap* h, const uint8_t* p, int64_t n);
void gocc_mapclear(const gocc_type* mt, gocc_hmap* h);
void gocc_mapiterinit(const gocc_type* mt, gocc_hmap* h, gocc_mapiter* it);
void gocc_mapiternext(gocc_mapiter* it);
/* Hash of a value of type t (panics for unhashable dynamic types inside interfaces). */
uint64_t gocc_typehash(const gocc_type* t, const void* p, uint64_t seed);
uint64_t gocc_memhash(const void* p, uint64_t n, uint64_t seed);
uint64_t gocc_memhash64(uint64_t v, uint64_t seed); /* = gocc_memhash(&v, 8, seed) */
uint64_t gocc_memhash32(uint32_t v, uint64_t seed); /* = gocc_memhash(&v, 4, seed) */

/* ---- interfaces (iface.c) -------------------------------------------------------------- */

void* gocc_convT(const gocc_type* t, const void* v); /* box a copy of *v */
void* gocc_convT64(uint64_t v);                      /* box an 8-byte scalar */
void* gocc_convTstring(const uint8_t* p, int64_t n);
/* itab for (inter, t); panics with gc's text if t lacks a method (t must be non-NULL). */
const gocc_itab* gocc_getitab(const gocc_type* inter, const gocc_type* t);
/* x.(I) where x has dynamic type t (NULL if x is nil): the itab, or a panic. */
const gocc_itab* gocc_assertE2I(const gocc_type* inter, const gocc_type* t);
/* v, ok := x.(I): the itab or NULL. */
const gocc_itab* gocc_assertE2I2(const gocc_type* inter, const gocc_type* t);
/* x.(T) failed: have = dynamic type (NULL if nil), want = T, iface = x's static type. */
GOCC_NORETURN void gocc_panic_dottype(const gocc_type* have, const gocc_type* want,
                                      const gocc_type* iface);
bool gocc_efaceeq(const gocc_type* t1, const void* d1, const gocc_type* t2, const void* d2);
bool gocc_ifaceeq(const gocc_itab* t1, const void* d1, const gocc_itab* t2, const void* d2);

/* ---- defer, panic, recover (panic.c) --------------------------------------------------- */

typedef struct gocc_defer gocc_defer_rec;
typedef struct gocc_panic_rec gocc_panic_rec;

typedef struct gocc_frame {
  struct gocc_frame* link;     /* next older frame */
  gocc_defer_rec* defers;      /* pending deferred calls, newest first */
  void* saved_recover_fp;      /* the goroutine's recover_fp when the frame was pushed */
  gocc_panic_rec* running;     /* panic whose deferred call from this frame is in progress */
  jmp_buf jb;
} gocc_frame;

#if defined(__x86_64__) && defined(__GLIBC__)
#ifdef __cplusplus
static_assert(sizeof(gocc_frame) == 232, "gocc_frame layout (x86-64 glibc)");
#else
_Static_assert(sizeof(gocc_frame) == 232, "gocc_frame layout (x86-64 glibc)");
#endif
#endif

void gocc_frame_push(gocc_frame* fr);
void gocc_defer(gocc_frame* fr, void* closure);
void gocc_frame_return(gocc_frame* fr);
void gocc_frame_landing(gocc_frame* fr);
gocc_iface gocc_recover(void* fp);
void gocc_defer_wrapper(void* fp);

GOCC_NORETURN void gocc_panic(const gocc_type* t, void* data); /* panic(v), v as interface {} */
/* Bounds codes, as runtime/error.go boundsErrorCode. */
enum {
  GOCC_BOUNDS_INDEX, GOCC_BOUNDS_SLICE_ALEN, GOCC_BOUNDS_SLICE_ACAP, GOCC_BOUNDS_SLICE_B,
  GOCC_BOUNDS_SLICE3_ALEN, GOCC_BOUNDS_SLICE3_ACAP, GOCC_BOUNDS_SLICE3_B, GOCC_BOUNDS_SLICE3_C,
  GOCC_BOUNDS_CONVERT
};
/* x is signed when is_signed != 0, else unsigned (uint64). y >= 0 (a length or capacity). */
GOCC_NORETURN void gocc_panic_bounds(int64_t x, int64_t y, int64_t code, int64_t is_signed);
GOCC_NORETURN void gocc_panic_index(int64_t x, int64_t len);
GOCC_NORETURN void gocc_panic_slice_alen(int64_t x, int64_t len);
GOCC_NORETURN void gocc_panic_slice_acap(int64_t x, int64_t cap);
GOCC_NORETURN void gocc_panic_slice_b(int64_t x, int64_t y);
GOCC_NORETURN void gocc_panic_divide(void);
GOCC_NORETURN void gocc_panic_shift(void);
GOCC_NORETURN void gocc_panic_mem(void);      /* nil pointer dereference */
GOCC_NORETURN void gocc_panic_nilcheck(void); /* codegen's nil checks: as a fault at address 0 */
/* unsafe.Slice(ptr, len): *out = {ptr, len, len} or gc's panics (len_unsigned: len is a uint64) */
void gocc_unsafeslice(gocc_slice* out, void* ptr, int64_t len, int64_t elem_size, int64_t len_unsigned);
GOCC_NORETURN void gocc_panic_nilmap(void);  /* assignment to entry in nil map */
/* "value method pkg.T.M called using nil *T pointer" */
GOCC_NORETURN void gocc_panic_wrap(const uint8_t* pkg, int64_t npkg, const uint8_t* typ,
                                   int64_t ntyp, const uint8_t* meth, int64_t nmeth);
GOCC_NORETURN void gocc_panic_errorstring(const char* msg); /* runtime error: msg */
GOCC_NORETURN void gocc_panic_plain(const char* msg);       /* msg, still a runtime.Error */
GOCC_NORETURN void gocc_throw(const char* msg);             /* fatal error: msg, exit 2 */

/* ---- print/println (print.c) ----------------------------------------------------------- */
/* One print/println statement is gocc_printlock(), the item calls, gocc_printunlock().
 * Output goes to fd 2, buffered per statement without allocating. println inserts
 * gocc_printsp() between items and ends with gocc_printnl(). */
void gocc_printlock(void);
void gocc_printunlock(void);
void gocc_printbool(bool v);
void gocc_printint(int64_t v);
void gocc_printuint(uint64_t v);
void gocc_printhex(uint64_t v);
void gocc_printfloat(double v);
void gocc_printcomplex(double re, double im);
void gocc_printstring(const uint8_t* p, int64_t n);
void gocc_printpointer(const void* p);
void gocc_printslice(const void* p, int64_t len, int64_t cap);
void gocc_printeface(const void* tab, const void* data);
void gocc_printiface(const void* tab, const void* data);
void gocc_printsp(void);
void gocc_printnl(void);

/* ---- complex arithmetic (complex.c) ---------------------------------------------------- */
void gocc_complex128div(double* out2, double nre, double nim, double dre, double dim);

/* ---- program, os hooks (os.c, main.c) -------------------------------------------------- */

void gocc_main_init(void); /* generated: package initialisation */
void gocc_main_main(void); /* generated: main.main */

void gocc_runtime_init(int argc, char** argv); /* called by main(); tests call it too */
/* Runs fn (package initialisation and main.main) on a 1 GiB stack of its own (mainstack.c). */
void gocc_run_on_main_stack(void (*fn)(void));
void gocc_os_args(gocc_slice* out);            /* os.Args: a []string */
GOCC_NORETURN void gocc_exit(int64_t code);    /* os.Exit: no deferred calls run */
gocc_string gocc_getenv(const uint8_t* p, int64_t n); /* "" if unset */
bool gocc_lookupenv(const uint8_t* p, int64_t n, gocc_string* out);
int64_t gocc_write(int64_t fd, const void* p, int64_t n); /* bytes written, or -errno */
int64_t gocc_nanotime(void);  /* monotonic clock, ns */
int64_t gocc_walltime(void);  /* wall clock, ns since 1970 */
uint32_t gocc_fastrand(void);

/* GOCCDEBUG settings, parsed at start-up. */
typedef struct gocc_debug_settings {
  int allocs;           /* allocs=1: print "gocc: allocs=N bytes=B" to stderr at exit;
                           allocs=2: also the allocations counted per source site */
  int growslice_go118;  /* growslice=go1.18 */
  int timers_wheel;     /* timers=wheel: the timing wheel instead of the 4-ary heap */
} gocc_debug_settings;
extern gocc_debug_settings gocc_debug;

/* ---- goroutine state ------------------------------------------------------------------- */

typedef struct gocc_g {
  gocc_frame* frames;     /* innermost frame with defers */
  gocc_panic_rec* panic;  /* active panics, newest first */
  void* recover_fp;       /* frame address of the runtime's deferred-call trampoline */
  int32_t sig;            /* last fault signal (printed with a fatal panic) */
  int32_t unused;
  uint64_t sigcode, sigaddr, sigpc;
} gocc_g;

extern gocc_g* gocc_curg;

/* Allocation sites (GOCCDEBUG=allocs=2). Generated code stores the site of every heap
 * allocation it makes (a new, a make, a composite literal, a variable moved to the heap, a
 * boxing, a closure, a concatenation or conversion, an append) in gocc_alloc_site before the
 * runtime call that allocates and clears it after; the allocator counts what it allocates
 * meanwhile against that site, the rest against "runtime". Each site is a private global of the
 * program, zero-counted, linked into a list the first time it counts. */
typedef struct gocc_site {
  const char* file;
  int64_t line, col;
  const char* what;  /* the -m text of the site when it has one, else the operation */
  uint64_t count, bytes;
  struct gocc_site* next;
} gocc_site;
extern gocc_site* gocc_alloc_site;

/* Allocator statistics (GOCCDEBUG=allocs=1 prints them at exit). */
typedef struct gocc_memstats {
  uint64_t mallocs;     /* objects allocated */
  uint64_t total_bytes; /* bytes allocated, rounded to size classes */
  uint64_t heap_sys;    /* bytes mapped from the OS for the heap */
} gocc_memstats;
void gocc_read_memstats(gocc_memstats* out);

#ifdef __cplusplus
}
#endif

#endif /* GOCC_RUNTIME_GOCCRT_H */
