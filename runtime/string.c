/* string.c — string operations: concatenation, comparison, conversions, UTF-8.
 *
 * Strings are immutable {ptr, len} pairs; conversions to and from []byte and []rune copy.
 * Concatenation computes the total length first and allocates once; when at most one operand is
 * non-empty it returns that operand without allocating, as gc does. Allocations of byte data are
 * noscan. UTF-8 follows unicode/utf8: decoding an invalid or short sequence yields U+FFFD and
 * advances one byte; encoding a surrogate or an out-of-range value yields U+FFFD.
 * string(rune) of any integer value goes through the same encoder (gc's intstring).
 */
#include "runtime/internal.h"

enum { RUNE_ERROR = 0xFFFD, MAX_RUNE = 0x10FFFF, SURROGATE_MIN = 0xD800, SURROGATE_MAX = 0xDFFF };

/* Concatenation into buf (32 bytes in the caller's frame, for a result that does not escape)
 * when it fits, else into a new allocation; buf may be NULL. */
gocc_string gocc_concatstrings_buf(uint8_t* buf, const gocc_string* parts, int64_t n) {
  int64_t total = 0, nonempty = 0, last = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    if (total + parts[i].len < total) gocc_throw("string concatenation too long");
    total += parts[i].len;
    nonempty++;
    last = i;
  }
  if (nonempty == 0) return (gocc_string){NULL, 0};
  if (nonempty == 1) return parts[last];
  uint8_t* p = buf != NULL && total <= GOCC_CONCAT_BUF ? buf : gocc_alloc_noscan((uint64_t)total);
  uint8_t* q = p;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    memcpy(q, parts[i].ptr, (size_t)parts[i].len);
    q += parts[i].len;
  }
  return (gocc_string){p, total};
}

gocc_string gocc_concatstrings(const gocc_string* parts, int64_t n) {
  return gocc_concatstrings_buf(NULL, parts, n);
}

gocc_string gocc_concatstring2(const uint8_t* p1, int64_t n1, const uint8_t* p2, int64_t n2) {
  gocc_string parts[2] = {{p1, n1}, {p2, n2}};
  return gocc_concatstrings(parts, 2);
}

int64_t gocc_cmpstring(const uint8_t* p1, int64_t n1, const uint8_t* p2, int64_t n2) {
  int64_t n = n1 < n2 ? n1 : n2;
  if (n > 0 && p1 != p2) {
    int c = memcmp(p1, p2, (size_t)n);
    if (c != 0) return c < 0 ? -1 : 1;
  }
  return n1 < n2 ? -1 : n1 > n2 ? 1 : 0;
}

bool gocc_eqstring(const uint8_t* p1, int64_t n1, const uint8_t* p2, int64_t n2) {
  return n1 == n2 && (p1 == p2 || n1 == 0 || memcmp(p1, p2, (size_t)n1) == 0);
}

/* The one-byte strings, so that string(b) of a one-byte slice allocates nothing (gc's
 * staticuint64s). */
static const uint8_t one_byte_strings[256] = {
    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,   10,  11,  12,  13,  14,  15,  16,  17,  18,
    19,  20,  21,  22,  23,  24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,
    38,  39,  40,  41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51,  52,  53,  54,  55,  56,
    57,  58,  59,  60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,  72,  73,  74,  75,
    76,  77,  78,  79,  80,  81,  82,  83,  84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,
    95,  96,  97,  98,  99,  100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113,
    114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 130, 131, 132,
    133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143, 144, 145, 146, 147, 148, 149, 150, 151,
    152, 153, 154, 155, 156, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170,
    171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189,
    190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208,
    209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227,
    228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246,
    247, 248, 249, 250, 251, 252, 253, 254, 255,
};

gocc_string gocc_slicebytetostring(uint8_t* buf, const uint8_t* p, int64_t n) {
  if (n == 0) return (gocc_string){NULL, 0};
  if (n == 1) return (gocc_string){&one_byte_strings[p[0]], 1};
  uint8_t* q = buf != NULL && n <= GOCC_CONVERT_BUF ? buf : gocc_alloc_noscan((uint64_t)n);
  memcpy(q, p, (size_t)n);
  return (gocc_string){q, n};
}

gocc_ptrcap gocc_stringtoslicebyte(uint8_t* buf, const uint8_t* p, int64_t n) {
  if (buf != NULL && n <= GOCC_CONVERT_BUF) {
    /* The whole buffer is the slice's capacity, as gc's buf[:len(s)]. */
    memset(buf, 0, GOCC_CONVERT_BUF);
    if (n > 0) memcpy(buf, p, (size_t)n);
    return (gocc_ptrcap){buf, GOCC_CONVERT_BUF};
  }
  uint64_t cap = gocc_roundupsize((uint64_t)n);
  uint8_t* q = gocc_alloc_noscan(cap);
  if (n > 0) memcpy(q, p, (size_t)n);
  return (gocc_ptrcap){q, (int64_t)cap};
}

int64_t gocc_encoderune(uint8_t* buf, int32_t r) {
  uint32_t c = (uint32_t)r;
  if (c <= 0x7F) {
    buf[0] = (uint8_t)c;
    return 1;
  }
  if (c <= 0x7FF) {
    buf[0] = (uint8_t)(0xC0 | (c >> 6));
    buf[1] = (uint8_t)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c > MAX_RUNE || (c >= SURROGATE_MIN && c <= SURROGATE_MAX)) c = RUNE_ERROR;
  if (c <= 0xFFFF) {
    buf[0] = (uint8_t)(0xE0 | (c >> 12));
    buf[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    buf[2] = (uint8_t)(0x80 | (c & 0x3F));
    return 3;
  }
  buf[0] = (uint8_t)(0xF0 | (c >> 18));
  buf[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
  buf[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
  buf[3] = (uint8_t)(0x80 | (c & 0x3F));
  return 4;
}

static int64_t rune_len(int32_t r) {
  uint32_t c = (uint32_t)r;
  if (c <= 0x7F) return 1;
  if (c <= 0x7FF) return 2;
  if (c > MAX_RUNE || (c >= SURROGATE_MIN && c <= SURROGATE_MAX)) return 3;
  return c <= 0xFFFF ? 3 : 4;
}

/* Decodes the rune at s[k] (k < n): {rune, index after it}. */
gocc_pair gocc_decoderune(const uint8_t* s, int64_t n, int64_t k) {
  const gocc_pair bad = {RUNE_ERROR, k + 1};
  uint8_t c0 = s[k];
  if (c0 < 0x80) return (gocc_pair){c0, k + 1};
  if (c0 < 0xC2 || c0 > 0xF4) return bad;
  int64_t need = c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
  if (k + need > n) {
    /* A short sequence: still invalid, one byte consumed. */
    return bad;
  }
  uint8_t c1 = s[k + 1];
  /* Second-byte ranges exclude overlong forms, surrogates and values above U+10FFFF. */
  uint8_t lo = 0x80, hi = 0xBF;
  if (c0 == 0xE0) lo = 0xA0;
  else if (c0 == 0xED) hi = 0x9F;
  else if (c0 == 0xF0) lo = 0x90;
  else if (c0 == 0xF4) hi = 0x8F;
  if (c1 < lo || c1 > hi) return bad;
  if (need == 2) return (gocc_pair){((c0 & 0x1F) << 6) | (c1 & 0x3F), k + 2};
  uint8_t c2 = s[k + 2];
  if (c2 < 0x80 || c2 > 0xBF) return bad;
  if (need == 3) return (gocc_pair){((c0 & 0x0F) << 12) | ((c1 & 0x3F) << 6) | (c2 & 0x3F), k + 3};
  uint8_t c3 = s[k + 3];
  if (c3 < 0x80 || c3 > 0xBF) return bad;
  return (gocc_pair){((c0 & 0x07) << 18) | ((c1 & 0x3F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F),
                     k + 4};
}

void gocc_stringtoslicerune(gocc_slice* out, int32_t* buf, const uint8_t* p, int64_t n) {
  int64_t count = 0;
  for (int64_t k = 0; k < n; count++) k = p[k] < 0x80 ? k + 1 : gocc_decoderune(p, n, k).b;
  uint64_t cap;
  int32_t* runes;
  if (buf != NULL && count <= GOCC_CONVERT_BUF) {
    cap = GOCC_CONVERT_BUF;
    runes = buf;
    memset(buf, 0, GOCC_CONVERT_BUF * sizeof *buf);
  } else {
    cap = gocc_roundupsize((uint64_t)count * 4) / 4;
    runes = gocc_alloc_noscan(cap * 4);
  }
  int64_t i = 0;
  for (int64_t k = 0; k < n; i++) {
    if (p[k] < 0x80) {
      runes[i] = p[k++];
    } else {
      gocc_pair r = gocc_decoderune(p, n, k);
      runes[i] = (int32_t)r.a;
      k = r.b;
    }
  }
  out->ptr = runes;
  out->len = count;
  out->cap = (int64_t)cap;
}

gocc_string gocc_slicerunetostring(uint8_t* buf, const int32_t* runes, int64_t n) {
  int64_t total = 0;
  for (int64_t i = 0; i < n; i++) total += rune_len(runes[i]);
  if (total == 0) return (gocc_string){NULL, 0};
  uint8_t* q = buf != NULL && total <= GOCC_CONVERT_BUF ? buf : gocc_alloc_noscan((uint64_t)total);
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) off += gocc_encoderune(q + off, runes[i]);
  return (gocc_string){q, total};
}

gocc_string gocc_intstring(uint8_t* buf, int64_t v) {
  int32_t r = (v < 0 || v > MAX_RUNE) ? RUNE_ERROR : (int32_t)v;
  uint8_t bytes[4];
  int64_t n = gocc_encoderune(bytes, r);
  uint8_t* q = buf != NULL ? buf : gocc_alloc_noscan((uint64_t)n);
  memcpy(q, bytes, (size_t)n);
  return (gocc_string){q, n};
}

gocc_string gocc_cstring(const char* s) { return (gocc_string){(const uint8_t*)s, (int64_t)strlen(s)}; }

bool gocc_string_eq(gocc_string a, gocc_string b) { return gocc_eqstring(a.ptr, a.len, b.ptr, b.len); }
