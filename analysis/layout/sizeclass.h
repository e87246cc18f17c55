// Go 1.19's allocator size classes (runtime/sizeclasses.go), for reporting which class a struct
// of a given size is allocated from and how many bytes that wastes. The runtime's C copy is
// runtime/alloc.c (gocc_class_to_size); tests/layout compares the two.
#pragma once

#include <cstdint>
#include <span>

namespace gocc::layout {

inline constexpr int64_t kMaxSmallSize = 32768;
inline constexpr int64_t kPageSize = 8192;

// Class 0 is unused, as in Go; classes 1..67 hold objects of 8..32768 bytes.
auto ClassSizes() -> std::span<const int64_t>;

struct SizeClass {
  int index = 0;       // 0 for zero-size and large (> 32 KiB) objects
  int64_t bytes = 0;   // what the allocator hands out: the class size, or whole pages if large
};

// The allocation a `new(T)` of `size` bytes gets (mallocgc's roundupsize). Zero-size objects
// share runtime.zerobase and take no bytes.
auto SizeClassOf(int64_t size) -> SizeClass;

}  // namespace gocc::layout
