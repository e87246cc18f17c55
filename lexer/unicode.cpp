// Unicode facts the lexer needs: letter and digit classes, UTF-8 decoding, and Go's %#U / %q
// formatting of runes for error messages.
#include <algorithm>
#include <cstdio>

#include "lexer/lexer.h"

namespace gocc::lex {

namespace {

struct CodePointRange {
  uint32_t lo, hi;
};

#include "lexer/unicode_tables.inc"

template <size_t N>
auto InRanges(const CodePointRange (&ranges)[N], uint32_t rune) -> bool {
  auto it = std::upper_bound(std::begin(ranges), std::end(ranges), rune,
                             [](uint32_t r, const CodePointRange& range) { return r < range.lo; });
  return it != std::begin(ranges) && rune <= (it - 1)->hi;
}

auto IsPrintable(uint32_t rune) -> bool {
  if (rune < 0x20 || rune == 0x7f) return false;
  if (rune >= 0x80 && rune < 0xa0) return false;
  if (rune == 0xad || rune == 0xfeff || (rune >= 0xd800 && rune < 0xe000)) return false;
  return rune <= 0x10ffff;
}

}  // namespace

auto IsUnicodeLetter(uint32_t rune) -> bool { return InRanges(kLetterRanges, rune); }
auto IsUnicodeDigit(uint32_t rune) -> bool { return InRanges(kDigitRanges, rune); }

auto DecodeRune(const char* p, const char* end) -> DecodedRune {
  auto b0 = static_cast<uint8_t>(p[0]);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](ptrdiff_t i) -> int {
    if (p + i >= end) return -1;
    auto b = static_cast<uint8_t>(p[i]);
    return (b & 0xc0) == 0x80 ? (b & 0x3f) : -1;
  };
  constexpr DecodedRune kError{0xfffd, 1};
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    int c1 = cont(1);
    if (c1 < 0) return kError;
    return {((b0 & 0x1fu) << 6) | static_cast<uint32_t>(c1), 2};
  }
  if (b0 >= 0xe0 && b0 <= 0xef) {
    int c1 = cont(1), c2 = cont(2);
    if (c1 < 0 || c2 < 0) return kError;
    uint32_t r = ((b0 & 0x0fu) << 12) | (static_cast<uint32_t>(c1) << 6) | static_cast<uint32_t>(c2);
    if (r < 0x800 || (r >= 0xd800 && r < 0xe000)) return kError;
    return {r, 3};
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 < 0 || c2 < 0 || c3 < 0) return kError;
    uint32_t r = ((b0 & 0x07u) << 18) | (static_cast<uint32_t>(c1) << 12) |
                 (static_cast<uint32_t>(c2) << 6) | static_cast<uint32_t>(c3);
    if (r < 0x10000 || r > 0x10ffff) return kError;
    return {r, 4};
  }
  return kError;
}

void AppendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xc0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3f));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xe0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (r & 0x3f));
  } else {
    out += static_cast<char>(0xf0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3f));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3f));
    out += static_cast<char>(0x80 | (r & 0x3f));
  }
}


auto FormatRuneU(uint32_t rune) -> std::string {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", rune);
  std::string out = buf;
  if (IsPrintable(rune)) {
    out += " '";
    AppendUtf8(out, rune);
    out += "'";
  }
  return out;
}

auto QuoteRune(uint32_t rune) -> std::string {
  switch (rune) {
    case '\a': return "'\\a'";
    case '\b': return "'\\b'";
    case '\f': return "'\\f'";
    case '\n': return "'\\n'";
    case '\r': return "'\\r'";
    case '\t': return "'\\t'";
    case '\v': return "'\\v'";
    case '\\': return "'\\\\'";
    case '\'': return "'\\''";
    default: break;
  }
  char buf[16];
  if (IsPrintable(rune)) {
    std::string out = "'";
    AppendUtf8(out, rune);
    return out + "'";
  }
  if (rune < 0x100) {
    std::snprintf(buf, sizeof buf, "'\\x%02x'", rune);
  } else if (rune < 0x10000) {
    std::snprintf(buf, sizeof buf, "'\\u%04x'", rune);
  } else {
    std::snprintf(buf, sizeof buf, "'\\U%08x'", rune);
  }
  return buf;
}

}  // namespace gocc::lex
