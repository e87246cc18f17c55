// Strings: concatenation, comparison, conversions, UTF-8 (expected values per the Go spec and
// unicode/utf8's documented behaviour).
#include <gtest/gtest.h>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

using rt::Str;
using rt::ToStd;

TEST(String, Concat) {
  gocc_string parts[] = {Str("ab"), Str(""), Str("cde"), Str("f")};
  EXPECT_EQ(ToStd(gocc_concatstrings(parts, 4)), "abcdef");
  EXPECT_EQ(ToStd(gocc_concatstring2(Str("x").ptr, 1, nullptr, 0)), "x");
  // A single non-empty operand comes back without a copy.
  gocc_string one[] = {Str(""), Str("only"), Str("")};
  EXPECT_EQ(gocc_concatstrings(one, 3).ptr, one[1].ptr);
  EXPECT_EQ(gocc_concatstrings(parts, 0).len, 0);
}

TEST(String, Compare) {
  auto cmp = [](const char* a, const char* b) {
    return gocc_cmpstring(Str(a).ptr, Str(a).len, Str(b).ptr, Str(b).len);
  };
  EXPECT_EQ(cmp("a", "b"), -1);
  EXPECT_EQ(cmp("b", "a"), 1);
  EXPECT_EQ(cmp("ab", "ab"), 0);
  EXPECT_EQ(cmp("ab", "abc"), -1);
  EXPECT_EQ(cmp("", ""), 0);
  EXPECT_EQ(cmp("\xff", "a"), 1);  // bytes compare unsigned
  EXPECT_TRUE(gocc_eqstring(Str("xy").ptr, 2, Str("xy").ptr, 2));
  EXPECT_FALSE(gocc_eqstring(Str("xy").ptr, 2, Str("xz").ptr, 2));
}

TEST(String, BytesRoundTrip) {
  gocc_ptrcap b = gocc_stringtoslicebyte(nullptr, Str("hello").ptr, 5);
  EXPECT_EQ(b.cap, 8);  // gc's rawbyteslice rounds the capacity to the size class
  EXPECT_EQ(memcmp(b.ptr, "hello", 5), 0);
  gocc_string s = gocc_slicebytetostring(nullptr, static_cast<uint8_t*>(b.ptr), 5);
  EXPECT_EQ(ToStd(s), "hello");
  EXPECT_NE(s.ptr, b.ptr);
  EXPECT_EQ(gocc_stringtoslicebyte(nullptr, nullptr, 0).cap, 0);
}

TEST(String, Runes) {
  gocc_slice r;
  gocc_stringtoslicerune(&r, nullptr, Str("a\xffé世\xf0\x9f\x98\x80").ptr, 11);
  ASSERT_EQ(r.len, 5);
  auto* runes = static_cast<int32_t*>(r.ptr);
  EXPECT_EQ(runes[0], 'a');
  EXPECT_EQ(runes[1], 0xFFFD);
  EXPECT_EQ(runes[2], 0xE9);
  EXPECT_EQ(runes[3], 0x4E16);
  EXPECT_EQ(runes[4], 0x1F600);
  EXPECT_EQ(r.cap, 6);  // roundupsize(20) = 24 bytes
  int32_t back[] = {'h', 0xE9, -1, 0xD800, 0x110000, 0x10FFFF};
  EXPECT_EQ(ToStd(gocc_slicerunetostring(nullptr, back, 6)),
            "h\xc3\xa9\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf");
}

TEST(String, IntString) {
  EXPECT_EQ(ToStd(gocc_intstring(nullptr, 'A')), "A");
  EXPECT_EQ(ToStd(gocc_intstring(nullptr, 0x4E16)), "世");
  EXPECT_EQ(ToStd(gocc_intstring(nullptr, -1)), "\xef\xbf\xbd");
  EXPECT_EQ(ToStd(gocc_intstring(nullptr, 0x110000)), "\xef\xbf\xbd");
  EXPECT_EQ(ToStd(gocc_intstring(nullptr, 0xDFFF)), "\xef\xbf\xbd");
  EXPECT_EQ(ToStd(gocc_intstring(nullptr, int64_t(1) << 40)), "\xef\xbf\xbd");
}

TEST(String, DecodeRune) {
  struct Case {
    const char* s;
    int64_t n, k, rune, next;
  } cases[] = {
      {"\xc3\xa9", 2, 0, 0xE9, 2},
      {"x\xe4\xb8\x96", 4, 1, 0x4E16, 4},
      {"\xf0\x9f\x98\x80", 4, 0, 0x1F600, 4},
      {"\xff", 1, 0, 0xFFFD, 1},
      {"\xc3", 1, 0, 0xFFFD, 1},           // truncated
      {"\xc0\x80", 2, 0, 0xFFFD, 1},       // overlong
      {"\xe0\x80\x80", 3, 0, 0xFFFD, 1},   // overlong
      {"\xed\xa0\x80", 3, 0, 0xFFFD, 1},   // surrogate
      {"\xf4\x90\x80\x80", 4, 0, 0xFFFD, 1},  // above U+10FFFF
      {"\xe4\xb8", 2, 0, 0xFFFD, 1},
      {"\x80", 1, 0, 0xFFFD, 1},
  };
  for (const Case& c : cases) {
    gocc_pair r = gocc_decoderune(reinterpret_cast<const uint8_t*>(c.s), c.n, c.k);
    EXPECT_EQ(r.a, c.rune) << c.s;
    EXPECT_EQ(r.b, c.next) << c.s;
  }
}

TEST(String, EncodeRune) {
  uint8_t buf[4];
  EXPECT_EQ(gocc_encoderune(buf, 0x7F), 1);
  EXPECT_EQ(gocc_encoderune(buf, 0x80), 2);
  EXPECT_EQ(gocc_encoderune(buf, 0xFFFF), 3);
  EXPECT_EQ(gocc_encoderune(buf, 0x10000), 4);
  EXPECT_EQ(gocc_encoderune(buf, 0xD900), 3);
  EXPECT_EQ(memcmp(buf, "\xef\xbf\xbd", 3), 0);
}

}  // namespace
