// Byte scanners for the lexer's inner loops: 16 bytes at a time with SSE2 (the x86-64 baseline,
// so no runtime check is needed), one at a time elsewhere.
//
// Every scanner may read up to 16 bytes past the byte it returns, which the source text's
// padding (SourceFile::kPadding NULs after the last byte) allows: the NULs stop every scan, so
// none needs the end of the text.
#pragma once

#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gocc::lex {

// ASCII letters, digits and '_'.
constexpr auto IsAsciiIdentByte(char c) -> bool {
  auto u = static_cast<uint8_t>(c);
  uint8_t lower = u | 0x20;
  return (lower >= 'a' && lower <= 'z') || (u >= '0' && u <= '9') || u == '_';
}

// A byte the fast paths leave to the UTF-8 decoder: NUL (an error, or the end of the text) or a
// byte of a multi-byte sequence.
constexpr auto IsSpecialByte(char c) -> bool { return static_cast<uint8_t>(c) - 1u >= 0x7fu; }

// Bit j set when p[j] is an ASCII letter, digit or '_', for j < 16.
inline auto IdentMask16(const char* p) -> uint32_t {
#if defined(__SSE2__)
  const __m128i lower_a = _mm_set1_epi8('a' - 1), lower_z = _mm_set1_epi8('z' + 1);
  const __m128i digit_0 = _mm_set1_epi8('0' - 1), digit_9 = _mm_set1_epi8('9' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20), underscore = _mm_set1_epi8('_');
  __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  __m128i lower = _mm_or_si128(c, case_bit);
  // Signed compares: bytes >= 0x80 are negative, so never letters or digits.
  __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, lower_a), _mm_cmplt_epi8(lower, lower_z));
  __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(c, digit_0), _mm_cmplt_epi8(c, digit_9));
  __m128i ident = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi8(c, underscore));
  return static_cast<uint32_t>(_mm_movemask_epi8(ident));
#else
  uint32_t mask = 0;
  for (int j = 0; j < 16; ++j) mask |= static_cast<uint32_t>(IsAsciiIdentByte(p[j])) << j;
  return mask;
#endif
}

// The first byte at or after p that is not an ASCII letter, digit or '_'.
inline auto SkipAsciiIdentBytes(const char* p) -> const char* {
  while (true) {
    uint32_t stop = IdentMask16(p) ^ 0xffffu;
    if (stop != 0) return p + __builtin_ctz(stop);
    p += 16;
  }
}

// Marks the ASCII identifier bytes (letters, digits, '_') of text[0, n) in a bit string: bit i of
// byte i / 8 of marks is text[i]'s. Writes (n + 15) / 16 * 2 bytes, reading the
// padding up to the next multiple of 16 (NULs, unmarked). One pass at the bytes' throughput, so
// that finding where an identifier ends is a load and a count of trailing ones (IdentEnd)
// rather than a chain of dependent vector operations per identifier.
inline void MarkAsciiIdentBytes(const char* text, size_t n, uint8_t* marks);

inline void MarkAsciiIdentBytes(const char* text, size_t n, uint8_t* marks) {
  for (size_t i = 0; i < n; i += 16) {
    uint32_t word = IdentMask16(text + i);
    marks[i / 8] = static_cast<uint8_t>(word);
    marks[i / 8 + 1] = static_cast<uint8_t>(word >> 8);
  }
}

// The first byte at or after p that is one of Stops or a special byte (IsSpecialByte). The
// text's padding guarantees one.
template <char... Stops>
inline auto FindStopOrSpecial(const char* p) -> const char* {
#if defined(__SSE2__)
  const __m128i one = _mm_set1_epi8(1);
  while (true) {
    __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed: c < 1 is NUL or a byte >= 0x80.
    __m128i hit = _mm_cmplt_epi8(c, one);
    ((hit = _mm_or_si128(hit, _mm_cmpeq_epi8(c, _mm_set1_epi8(Stops)))), ...);
    auto mask = static_cast<uint32_t>(_mm_movemask_epi8(hit));
    if (mask != 0) return p + __builtin_ctz(mask);
    p += 16;
  }
#else
  while (!IsSpecialByte(*p) && ((*p != Stops) && ...)) ++p;
  return p;
#endif
}

}  // namespace gocc::lex
