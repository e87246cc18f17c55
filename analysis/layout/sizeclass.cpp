#include "analysis/layout/sizeclass.h"

#include <algorithm>
#include <array>

namespace gocc::layout {
namespace {

constexpr std::array<int64_t, 68> kClassToSize = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,
    160,   176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,
    448,   480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,
    1536,  1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,
    6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384,
    18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};

}  // namespace

auto ClassSizes() -> std::span<const int64_t> { return kClassToSize; }

auto SizeClassOf(int64_t size) -> SizeClass {
  if (size <= 0) return {};
  if (size > kMaxSmallSize) return {0, (size + kPageSize - 1) / kPageSize * kPageSize};
  auto it = std::lower_bound(kClassToSize.begin() + 1, kClassToSize.end(), size);
  return {static_cast<int>(it - kClassToSize.begin()), *it};
}

}  // namespace gocc::layout
