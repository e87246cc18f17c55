// analysis/layout's size-class table (what `gocc layout` reports) against the runtime's
// (runtime/alloc.c, what gocc programs allocate with): one table per language, kept equal here.
#include <gtest/gtest.h>

#include <cstdint>

#include "analysis/layout/sizeclass.h"

extern "C" {
extern const uint16_t gocc_class_to_size[];
uint64_t gocc_roundupsize(uint64_t size);
}

namespace gocc::layout {
namespace {

TEST(SizeClass, TableEqualsRuntime) {
  auto sizes = ClassSizes();
  ASSERT_EQ(sizes.size(), 68u);
  for (size_t i = 0; i < sizes.size(); ++i) EXPECT_EQ(sizes[i], gocc_class_to_size[i]) << i;
}

TEST(SizeClass, RoundUpEqualsRuntime) {
  for (int64_t size = 1; size <= 40000; ++size) {
    ASSERT_EQ(SizeClassOf(size).bytes, static_cast<int64_t>(gocc_roundupsize(size))) << size;
  }
}

TEST(SizeClass, GoExamples) {
  EXPECT_EQ(SizeClassOf(0).bytes, 0);
  EXPECT_EQ(SizeClassOf(24).index, 3);
  EXPECT_EQ(SizeClassOf(33).bytes, 48);
  EXPECT_EQ(SizeClassOf(32768).index, 67);
  EXPECT_EQ(SizeClassOf(32769).bytes, 40960);  // large: whole 8 KiB pages
}

}  // namespace
}  // namespace gocc::layout

// Our own main: libgoccrt.a has one (for Go programs) that must not be linked in.
auto main(int argc, char** argv) -> int {
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
