/* print.c — the print and println builtins, with gc's exact formatting (runtime/print.go).
 *
 *   bool      true / false
 *   integers  decimal; uintptr and unsigned types through printuint
 *   floats    printfloat: sign, one digit, '.', six digits, 'e', sign, three exponent digits
 *             (+1.000000e+000), NaN, +Inf, -Inf; the digits come from repeated scaling by 10
 *             and rounding by adding 5e-7, exactly as gc computes them, so the last digit can
 *             differ from a correctly rounded printf — on purpose
 *   complex   (re im i) with both parts as floats: (+1.000000e+000+2.000000e+000i)
 *   pointers, maps, chans, funcs, unsafe.Pointer  0x... in lowercase hex
 *   slices    [len/cap]0x...
 *   interfaces (0x<type or itab>,0x<data>)
 *
 * Output goes to standard error. A print statement is bracketed by gocc_printlock and
 * gocc_printunlock; the pieces collect in a static buffer that is written with one write(2) at
 * unlock (or when full), so one statement's output is not interleaved and printing never
 * allocates. gocc_print_any formats panic values as gc's printany does.
 */
#include <unistd.h>

#include "runtime/internal.h"

static uint8_t buf[1024];
static size_t buf_len;
static int lock_depth;

void gocc_print_flush(void) {
  size_t off = 0;
  while (off < buf_len) {
    ssize_t n = write(2, buf + off, buf_len - off);
    if (n <= 0) break;
    off += (size_t)n;
  }
  buf_len = 0;
}

static void gwrite(const void* p, size_t n) {
  const uint8_t* s = p;
  while (n > 0) {
    if (buf_len == sizeof buf) gocc_print_flush();
    size_t k = sizeof buf - buf_len;
    if (k > n) k = n;
    memcpy(buf + buf_len, s, k);
    buf_len += k;
    s += k;
    n -= k;
  }
  if (lock_depth == 0) gocc_print_flush();
}

void gocc_printlock(void) { lock_depth++; }

void gocc_printunlock(void) {
  if (lock_depth > 0) lock_depth--;
  if (lock_depth == 0) gocc_print_flush();
}

void gocc_print_cstr(const char* s) { gwrite(s, strlen(s)); }
void gocc_print_gostr(gocc_string s) { gwrite(s.ptr, (size_t)s.len); }
void gocc_printstring(const uint8_t* p, int64_t n) { gwrite(p, (size_t)n); }
void gocc_printsp(void) { gwrite(" ", 1); }
void gocc_printnl(void) { gwrite("\n", 1); }
void gocc_printbool(bool v) { gocc_print_cstr(v ? "true" : "false"); }

void gocc_printuint(uint64_t v) {
  char digits[24];
  int i = (int)sizeof digits;
  do {
    digits[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  gwrite(digits + i, sizeof digits - (size_t)i);
}

void gocc_printint(int64_t v) {
  if (v < 0) {
    gwrite("-", 1);
    gocc_printuint(-(uint64_t)v);
    return;
  }
  gocc_printuint((uint64_t)v);
}

void gocc_printhex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char digits[24];
  int i = (int)sizeof digits;
  do {
    digits[--i] = dig[v % 16];
    v /= 16;
  } while (v);
  digits[--i] = 'x';
  digits[--i] = '0';
  gwrite(digits + i, sizeof digits - (size_t)i);
}

void gocc_printpointer(const void* p) { gocc_printhex((uint64_t)(uintptr_t)p); }

void gocc_printfloat(double v) {
  if (v != v) {
    gocc_print_cstr("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    gocc_print_cstr("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    gocc_print_cstr("-Inf");
    return;
  }
  enum { N = 7 };
  char out[N + 7];
  out[0] = '+';
  int e = 0;
  if (v == 0) {
    if (1 / v < 0) out[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      out[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < N; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < N; i++) {
    int s = (int)v;
    out[i + 2] = (char)(s + '0');
    v -= s;
    v *= 10;
  }
  out[1] = out[2];
  out[2] = '.';
  out[N + 2] = 'e';
  out[N + 3] = '+';
  if (e < 0) {
    e = -e;
    out[N + 3] = '-';
  }
  out[N + 4] = (char)(e / 100 + '0');
  out[N + 5] = (char)((e / 10) % 10 + '0');
  out[N + 6] = (char)(e % 10 + '0');
  gwrite(out, sizeof out);
}

void gocc_printcomplex(double re, double im) {
  gwrite("(", 1);
  gocc_printfloat(re);
  gocc_printfloat(im);
  gwrite("i)", 2);
}

void gocc_printslice(const void* p, int64_t len, int64_t cap) {
  gwrite("[", 1);
  gocc_printint(len);
  gwrite("/", 1);
  gocc_printint(cap);
  gwrite("]", 1);
  gocc_printpointer(p);
}

void gocc_printeface(const void* tab, const void* data) {
  gwrite("(", 1);
  gocc_printpointer(tab);
  gwrite(",", 1);
  gocc_printpointer(data);
  gwrite(")", 1);
}

void gocc_printiface(const void* tab, const void* data) { gocc_printeface(tab, data); }

static void print_scalar(const gocc_type* t, const void* p) {
  switch (t->kind) {
    case GOCC_KIND_BOOL: gocc_printbool(*(const bool*)p); break;
    case GOCC_KIND_INT: case GOCC_KIND_INT64: gocc_printint(*(const int64_t*)p); break;
    case GOCC_KIND_INT8: gocc_printint(*(const int8_t*)p); break;
    case GOCC_KIND_INT16: gocc_printint(*(const int16_t*)p); break;
    case GOCC_KIND_INT32: gocc_printint(*(const int32_t*)p); break;
    case GOCC_KIND_UINT: case GOCC_KIND_UINT64: case GOCC_KIND_UINTPTR:
      gocc_printuint(*(const uint64_t*)p);
      break;
    case GOCC_KIND_UINT8: gocc_printuint(*(const uint8_t*)p); break;
    case GOCC_KIND_UINT16: gocc_printuint(*(const uint16_t*)p); break;
    case GOCC_KIND_UINT32: gocc_printuint(*(const uint32_t*)p); break;
    case GOCC_KIND_FLOAT32: gocc_printfloat(*(const float*)p); break;
    case GOCC_KIND_FLOAT64: gocc_printfloat(*(const double*)p); break;
    case GOCC_KIND_COMPLEX64: gocc_printcomplex(((const float*)p)[0], ((const float*)p)[1]); break;
    case GOCC_KIND_COMPLEX128:
      gocc_printcomplex(((const double*)p)[0], ((const double*)p)[1]);
      break;
    case GOCC_KIND_STRING: gocc_print_gostr(*(const gocc_string*)p); break;
  }
}

void gocc_print_any(const gocc_type* t, const void* data) {
  if (t == NULL) {
    gocc_print_cstr("nil");
    return;
  }
  int scalar = t->kind >= GOCC_KIND_BOOL && t->kind <= GOCC_KIND_COMPLEX128;
  if (!scalar && t->kind != GOCC_KIND_STRING) {
    gwrite("(", 1);
    gocc_print_gostr(t->str);
    gwrite(") ", 2);
    gocc_printpointer(data);
    return;
  }
  const void* p = gocc_iface_data_ptr(t, (void* const*)&data);
  /* The predeclared types print bare; other types with these kinds print as T(v). */
  int predeclared = t->pkgpath.len == 0 && (t->flags & GOCC_TFLAG_NAMED);
  if (predeclared) {
    print_scalar(t, p);
    return;
  }
  gocc_print_gostr(t->str);
  if (t->kind == GOCC_KIND_STRING) {
    gocc_print_cstr("(\"");
    print_scalar(t, p);
    gocc_print_cstr("\")");
  } else if (t->kind == GOCC_KIND_COMPLEX64 || t->kind == GOCC_KIND_COMPLEX128) {
    print_scalar(t, p);
  } else {
    gwrite("(", 1);
    print_scalar(t, p);
    gwrite(")", 1);
  }
}
