// Allocator: every size class, large objects, span lookup, pointer bitmaps, statistics.
#include <gtest/gtest.h>

#include <cstring>
#include <algorithm>
#include <set>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

// Go 1.19's runtime/sizeclasses.go, copied by hand from its comment table (class, bytes/obj,
// bytes/span) — independent of the arrays in alloc.c.
struct ClassRow {
  int cls;
  uint64_t size, span;
};
const ClassRow kGoClasses[] = {
    {1, 8, 8192},      {2, 16, 8192},     {3, 24, 8192},     {4, 32, 8192},     {5, 48, 8192},
    {6, 64, 8192},     {7, 80, 8192},     {8, 96, 8192},     {9, 112, 8192},    {10, 128, 8192},
    {11, 144, 8192},   {12, 160, 8192},   {13, 176, 8192},   {14, 192, 8192},   {15, 208, 8192},
    {16, 224, 8192},   {17, 240, 8192},   {18, 256, 8192},   {19, 288, 8192},   {20, 320, 8192},
    {21, 352, 8192},   {22, 384, 8192},   {23, 416, 8192},   {24, 448, 8192},   {25, 480, 8192},
    {26, 512, 8192},   {27, 576, 8192},   {28, 640, 8192},   {29, 704, 8192},   {30, 768, 8192},
    {31, 896, 8192},   {32, 1024, 8192},  {33, 1152, 8192},  {34, 1280, 8192},  {35, 1408, 16384},
    {36, 1536, 8192},  {37, 1792, 16384}, {38, 2048, 8192},  {39, 2304, 16384}, {40, 2688, 8192},
    {41, 3072, 24576}, {42, 3200, 16384}, {43, 3456, 24576}, {44, 4096, 8192},  {45, 4864, 24576},
    {46, 5376, 16384}, {47, 6144, 24576}, {48, 6528, 32768}, {49, 6784, 40960}, {50, 6912, 49152},
    {51, 8192, 8192},  {52, 9472, 57344}, {53, 9728, 49152}, {54, 10240, 40960},
    {55, 10880, 32768}, {56, 12288, 24576}, {57, 13568, 40960}, {58, 14336, 57344},
    {59, 16384, 16384}, {60, 18432, 73728}, {61, 19072, 57344}, {62, 20480, 40960},
    {63, 21760, 65536}, {64, 24576, 24576}, {65, 27264, 81920}, {66, 28672, 57344},
    {67, 32768, 32768},
};

TEST(Alloc, SizeClassTableIsGo119s) {
  ASSERT_EQ(sizeof kGoClasses / sizeof kGoClasses[0], 67u);
  for (const ClassRow& row : kGoClasses) {
    EXPECT_EQ(gocc_class_to_size[row.cls], row.size) << "class " << row.cls;
    EXPECT_EQ(gocc_class_to_npages[row.cls] * 8192u, row.span) << "class " << row.cls;
  }
}

TEST(Alloc, RoundupsizePicksTheSmallestClass) {
  uint64_t prev = 0;
  for (const ClassRow& row : kGoClasses) {
    EXPECT_EQ(gocc_roundupsize(prev + 1), row.size) << "size " << prev + 1;
    EXPECT_EQ(gocc_roundupsize(row.size), row.size);
    EXPECT_EQ(gocc_roundupsize((prev + row.size) / 2 + 1), row.size);
    prev = row.size;
  }
  EXPECT_EQ(gocc_roundupsize(0), 0u);
  EXPECT_EQ(gocc_roundupsize(32769), 40960u);
  EXPECT_EQ(gocc_roundupsize(40960), 40960u);
  EXPECT_EQ(gocc_roundupsize(1 << 20), 1u << 20);
}

TEST(Alloc, EveryClassAlignedDistinctZeroedAndLookedUp) {
  for (const ClassRow& row : kGoClasses) {
    std::set<uintptr_t> seen;
    // Enough objects to fill more than two spans of the class.
    uint64_t per_span = row.span / row.size;
    uint64_t count = per_span * 2 + 3;
    if (count > 2100) count = 2100;
    for (uint64_t i = 0; i < count; i++) {
      auto* p = static_cast<uint8_t*>(gocc_alloc(row.size - (i % 2), nullptr));
      ASSERT_NE(p, nullptr);
      auto addr = reinterpret_cast<uintptr_t>(p);
      ASSERT_EQ(addr % 8, 0u) << "class " << row.cls;
      // Power-of-two classes are naturally aligned up to the page size (spans start on pages).
      if ((row.size & (row.size - 1)) == 0) {
        ASSERT_EQ(addr % std::min<uint64_t>(row.size, 8192), 0u) << "class " << row.cls;
      }
      ASSERT_TRUE(seen.insert(addr).second) << "duplicate object in class " << row.cls;
      for (uint64_t b = 0; b < row.size; b++) ASSERT_EQ(p[b], 0) << "class " << row.cls;
      memset(p, 0xAB, row.size);  // dirty it: later objects must not overlap
      gocc_span* s = gocc_span_of(p + row.size - 1);
      ASSERT_NE(s, nullptr);
      EXPECT_EQ(s->sizeclass, row.cls);
      EXPECT_EQ(s->elemsize, row.size);
      EXPECT_EQ(s->npages * 8192, row.span);
      EXPECT_TRUE(s->noscan);
      EXPECT_EQ(gocc_object_base(p + row.size / 2), p);
      EXPECT_EQ(gocc_object_base(p + row.size - 1), p);
    }
    // Objects never overlap: sorted addresses are at least a class size apart.
    uintptr_t last = 0;
    for (uintptr_t a : seen) {
      if (last) {
        EXPECT_GE(a - last, row.size);
      }
      last = a;
    }
  }
}

TEST(Alloc, ZeroSizeIsZerobase) {
  EXPECT_EQ(gocc_alloc(0, nullptr), gocc_zerobase);
  gocc_type empty{};
  empty.kind = GOCC_KIND_STRUCT;
  EXPECT_EQ(gocc_new(&empty), gocc_zerobase);
}

TEST(Alloc, LargeObjectsGetTheirOwnSpan) {
  for (uint64_t size : {32769ull, 40000ull, 100000ull, 1ull << 20, 70ull << 20}) {
    auto* p = static_cast<uint8_t*>(gocc_alloc(size, nullptr));
    ASSERT_EQ(reinterpret_cast<uintptr_t>(p) % 8192, 0u);
    gocc_span* s = gocc_span_of(p + size - 1);
    ASSERT_NE(s, nullptr) << size;
    EXPECT_EQ(s->sizeclass, 0);
    EXPECT_EQ(s->base, reinterpret_cast<uintptr_t>(p));
    EXPECT_EQ(s->npages, (size + 8191) / 8192);
    EXPECT_EQ(gocc_object_base(p + size / 2), p);
    EXPECT_EQ(p[0], 0);
    EXPECT_EQ(p[size - 1], 0);
    p[size - 1] = 1;
  }
}

TEST(Alloc, NotInHeap) {
  int local = 0;
  EXPECT_EQ(gocc_span_of(&local), nullptr);
  EXPECT_EQ(gocc_object_base(&local), nullptr);
  EXPECT_EQ(gocc_span_of(nullptr), nullptr);
}

TEST(Alloc, ScanSpansRecordPointerWords) {
  // struct { a int; p *int; s string; b int } : words 1 and 2 are pointers.
  const gocc_type* ptr = rt::PtrTo(&gocc_type_int, "*int");
  const gocc_type* t = rt::StructOf(
      {{"a", &gocc_type_int}, {"p", ptr}, {"s", &gocc_type_string}, {"b", &gocc_type_int}}, "main.T",
      "main");
  ASSERT_EQ(t->size, 40u);
  ASSERT_EQ(t->ptrdata, 24u);
  auto* obj = static_cast<uint8_t*>(gocc_new(t));
  gocc_span* s = gocc_span_of(obj);
  EXPECT_FALSE(s->noscan);
  const bool want[] = {false, true, true, false, false};
  for (int w = 0; w < 5; w++) EXPECT_EQ(gocc_heap_is_pointer(obj + 8 * w), want[w]) << w;
  // An array of three T repeats the pattern every 5 words.
  auto* arr = static_cast<uint8_t*>(gocc_alloc(3 * 40, t));
  for (int w = 0; w < 15; w++) EXPECT_EQ(gocc_heap_is_pointer(arr + 8 * w), want[w % 5]) << w;
  auto* plain = static_cast<uint8_t*>(gocc_alloc(40, nullptr));
  EXPECT_TRUE(gocc_span_of(plain)->noscan);
  for (int w = 0; w < 5; w++) EXPECT_FALSE(gocc_heap_is_pointer(plain + 8 * w));
}

TEST(Alloc, CountsMallocsAndBytes) {
  gocc_memstats before, after;
  gocc_read_memstats(&before);
  gocc_alloc(1, nullptr);
  gocc_alloc(100, nullptr);
  gocc_alloc(40000, nullptr);
  gocc_read_memstats(&after);
  EXPECT_EQ(after.mallocs - before.mallocs, 3u);
  EXPECT_EQ(after.total_bytes - before.total_bytes, 8u + 112u + 40960u);
  EXPECT_GE(after.heap_sys, 64u << 20);
}

TEST(AllocDeathTest, AllocsDebugPrintsAtExit) {
  EXPECT_EXIT(
      {
        gocc_debug_parse("growslice=go1.18,allocs=1");
        gocc_alloc(24, nullptr);
        gocc_exit(0);
      },
      testing::ExitedWithCode(0), "^gocc: allocs=[1-9][0-9]* bytes=[1-9][0-9]*\n$");
}

TEST(Alloc, DebugSettingsParse) {
  gocc_debug_parse("allocs=1,growslice=go1.18");
  EXPECT_EQ(gocc_debug.allocs, 1);
  EXPECT_EQ(gocc_debug.growslice_go118, 1);
  gocc_debug_parse("growslice=seed,unknown=3");
  EXPECT_EQ(gocc_debug.allocs, 0);
  EXPECT_EQ(gocc_debug.growslice_go118, 0);
  gocc_debug_parse(nullptr);
}

}  // namespace
