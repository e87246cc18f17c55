// makeslice, growslice (both growth rules), copy.
//
// The expected capacities below are not produced by gocc:
//  - seed rule: calculated by hand from the rule in DESIGN.md §5.3 and Go 1.19's size classes;
//    the arithmetic of each step is written next to it;
//  - go1.18 rule: printed by Go 1.19 itself (`go run` of a program appending one element at a
//    time to []byte, []int64 and []struct{a, b, c int64} 2,000 times and printing cap() each
//    time it changes, and of bulk appends append(make([]T, n), make([]T, m)...)).
#include <gtest/gtest.h>

#include <vector>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

const gocc_type* S24() {
  static const gocc_type* t = rt::StructOf(
      {{"a", &gocc_type_int64}, {"b", &gocc_type_int64}, {"c", &gocc_type_int64}}, "main.S", "main");
  return t;
}

// Appends one element at a time, as `s = append(s, x)` compiles: grow when len == cap.
std::vector<int64_t> CapsAfterSingleAppends(const gocc_type* elem, int n) {
  std::vector<int64_t> caps;
  void* ptr = nullptr;
  int64_t len = 0, cap = 0;
  for (int i = 0; i < n; i++) {
    if (len == cap) {
      gocc_ptrcap g = gocc_growslice(elem, ptr, len, cap, len + 1);
      ptr = g.ptr;
      cap = g.cap;
    }
    memset(static_cast<uint8_t*>(ptr) + len * elem->size, 0x5A, elem->size);
    len++;
    caps.push_back(cap);
  }
  return caps;
}

// Expands a list of capacity transitions into cap() after each of n appends.
std::vector<int64_t> Expand(const std::vector<int64_t>& transitions, int n) {
  std::vector<int64_t> caps;
  size_t t = 0;
  for (int len = 1; len <= n; len++) {
    while (transitions[t] < len) t++;
    caps.push_back(transitions[t]);
  }
  return caps;
}

struct RuleGuard {
  explicit RuleGuard(bool go118) { gocc_debug.growslice_go118 = go118; }
  ~RuleGuard() { gocc_debug.growslice_go118 = 0; }
};

TEST(Growslice, SeedRuleSingleAppends) {
  RuleGuard rule(false);
  // []byte: 1 -> roundupsize(1)=8; doubling while len < 1024: 16 32 64 128 256 512 1024;
  // len 1024: 1024+256=1280 (a class); 1280+320=1600 -> class 1792; 1792+448=2240 -> 2304.
  EXPECT_EQ(CapsAfterSingleAppends(&gocc_type_uint8, 2000),
            Expand({8, 16, 32, 64, 128, 256, 512, 1024, 1280, 1792, 2304}, 2000));
  // []int64: 1..1024 doubling (8..8192 bytes, all classes); 1280*8=10240 (class);
  // 1600*8=12800 -> 13568 = 1696*8; 1696+424=2120, *8=16960 -> 18432 = 2304*8.
  EXPECT_EQ(CapsAfterSingleAppends(&gocc_type_int64, 2000),
            Expand({1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1280, 1696, 2304}, 2000));
  // 24-byte struct: 1..1024 doubling (24..24576 bytes, all classes); 1280*24=30720 -> 32768,
  // 32768/24=1365; 1365+341=1706, *24=40944 -> 5 pages 40960, /24=1706;
  // 1706+426=2132, *24=51168 -> 7 pages 57344, /24=2389.
  EXPECT_EQ(CapsAfterSingleAppends(S24(), 2000),
            Expand({1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1365, 1706, 2389}, 2000));
}

TEST(Growslice, Go118RuleSingleAppendsMatchGo119) {
  RuleGuard rule(true);
  // Printed by Go 1.19.
  EXPECT_EQ(CapsAfterSingleAppends(&gocc_type_uint8, 2000),
            Expand({8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048}, 2000));
  EXPECT_EQ(CapsAfterSingleAppends(&gocc_type_int64, 2000),
            Expand({1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560}, 2000));
  EXPECT_EQ(CapsAfterSingleAppends(S24(), 2000),
            Expand({1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048}, 2000));
}

struct Bulk {
  int64_t old_len, added;
  int64_t byte_cap, int64_cap, s24_cap;
};

void CheckBulk(const Bulk& b) {
  const gocc_type* types[] = {&gocc_type_uint8, &gocc_type_int64, S24()};
  const int64_t want[] = {b.byte_cap, b.int64_cap, b.s24_cap};
  for (int k = 0; k < 3; k++) {
    // append(make([]T, n), make([]T, m)...): old len == old cap == n.
    void* old = gocc_makeslice(types[k], b.old_len, b.old_len);
    gocc_ptrcap g = gocc_growslice(types[k], old, b.old_len, b.old_len, b.old_len + b.added);
    EXPECT_EQ(g.cap, want[k]) << "n=" << b.old_len << " m=" << b.added << " " << rt::ToStd(types[k]->str);
  }
}

TEST(Growslice, SeedRuleBulkAppends) {
  RuleGuard rule(false);
  const Bulk cases[] = {
      {0, 5, 8, 6, 5},           // need 5: 5, 40->48, 120->128
      {0, 9, 16, 10, 9},         // need 9: 16, 72->80, 216->224
      {3, 10, 16, 14, 13},       // 13 > 2*3: 16, 104->112, 312->320
      {8, 1, 16, 16, 16},        // double 16: 16, 128, 384
      {100, 300, 416, 400, 405}, // 400 > 200: 416, 3200, 9600->9728 /24=405
      {1000, 1, 2048, 2048, 2048},  // len < 1024, double 2000: 2048, 16000->16384, 48000->49152
      {1000, 3000, 4096, 4096, 4096},
      {300, 1, 640, 608, 682},   // double 600: 640, 4800->4864, 14400->16384 /24=682
      {256, 1, 512, 512, 512},
      {255, 1, 512, 512, 512},   // double 510: 512, 4080->4096, 12240->12288
      {5, 7, 16, 12, 12},
      {1024, 1, 1280, 1280, 1365},  // len 1024: +1/4 = 1280; 30720->32768 /24=1365
      {2000, 1, 2688, 2560, 2730},  // 2500: 2688, 20000->20480, 60000->65536 /24=2730
  };
  for (const Bulk& b : cases) CheckBulk(b);
}

TEST(Growslice, Go118RuleBulkAppendsMatchGo119) {
  RuleGuard rule(true);
  // Printed by Go 1.19.
  const Bulk cases[] = {
      {0, 5, 8, 6, 5},        {0, 9, 16, 10, 9},          {3, 10, 16, 14, 13},
      {8, 1, 16, 16, 16},     {100, 300, 416, 400, 405},  {1000, 1, 1536, 1536, 1706},
      {1000, 3000, 4096, 4096, 4096}, {300, 1, 576, 608, 597}, {256, 1, 512, 512, 512},
      {255, 1, 512, 512, 512}, {5, 7, 16, 12, 12},        {1024, 1, 1536, 1536, 1706},
      {2000, 1, 3072, 2720, 2730},
  };
  for (const Bulk& b : cases) CheckBulk(b);
}

TEST(Growslice, CopiesOldElementsAndZeroesTheRest) {
  auto* old = static_cast<int64_t*>(gocc_makeslice(&gocc_type_int64, 3, 3));
  old[0] = 1, old[1] = 2, old[2] = 3;
  gocc_ptrcap g = gocc_growslice(&gocc_type_int64, old, 3, 3, 4);
  auto* p = static_cast<int64_t*>(g.ptr);
  ASSERT_EQ(g.cap, 6);
  EXPECT_EQ(p[0], 1);
  EXPECT_EQ(p[2], 3);
  for (int i = 3; i < 6; i++) EXPECT_EQ(p[i], 0);
}

TEST(Growslice, ZeroSizeElements) {
  gocc_type empty{};
  empty.kind = GOCC_KIND_STRUCT;
  gocc_ptrcap g = gocc_growslice(&empty, nullptr, 0, 0, 1000);
  EXPECT_EQ(g.ptr, gocc_zerobase);
  EXPECT_EQ(g.cap, 1000);
}

TEST(Growslice, Panics) {
  EXPECT_EQ(rt::PanicText([] { gocc_growslice(&gocc_type_int64, nullptr, 0, 10, 5); }),
            "runtime error: growslice: cap out of range");
  EXPECT_EQ(rt::PanicText([] { gocc_growslice(&gocc_type_int64, nullptr, 0, 0, int64_t(1) << 61); }),
            "runtime error: growslice: cap out of range");
}

TEST(Makeslice, ZeroedAndPanics) {
  auto* p = static_cast<uint8_t*>(gocc_makeslice(&gocc_type_uint8, 10, 100));
  for (int i = 0; i < 100; i++) EXPECT_EQ(p[i], 0);
  EXPECT_EQ(rt::PanicText([] { gocc_makeslice(&gocc_type_int64, -1, 5); }),
            "runtime error: makeslice: len out of range");
  EXPECT_EQ(rt::PanicText([] { gocc_makeslice(&gocc_type_int64, 6, 5); }),
            "runtime error: makeslice: cap out of range");
  EXPECT_EQ(rt::PanicText([] { gocc_makeslice(&gocc_type_int64, 1, int64_t(1) << 60); }),
            "runtime error: makeslice: cap out of range");
  EXPECT_EQ(rt::PanicText([] { gocc_makeslice(&gocc_type_int64, int64_t(1) << 60, int64_t(1) << 60); }),
            "runtime error: makeslice: len out of range");
}

TEST(Memmove, EverySizeAndOverlapUpToTheLibraryPath) {
  // Each size from 0 to 300 bytes, forwards and backwards overlaps of 1..17 bytes and disjoint
  // buffers, against a byte-by-byte reference: the 8/16-byte paths load before they store.
  for (uint64_t n = 0; n <= 300; ++n) {
    for (int shift = -17; shift <= 17; ++shift) {
      uint8_t buf[400], want[400];
      for (int i = 0; i < 400; ++i) buf[i] = want[i] = static_cast<uint8_t>(i * 7 + 1);
      uint8_t* from = buf + 40;
      uint8_t* to = from + shift;
      uint8_t tmp[400];
      for (uint64_t i = 0; i < n; ++i) tmp[i] = from[i];
      for (uint64_t i = 0; i < n; ++i) want[40 + shift + i] = tmp[i];
      gocc_memmove(to, from, n);
      ASSERT_EQ(memcmp(buf, want, sizeof buf), 0) << "n=" << n << " shift=" << shift;
    }
  }
}

}  // namespace
