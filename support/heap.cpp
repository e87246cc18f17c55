#include "support/heap.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace gocc {

namespace {

constexpr long kHeapStep = 256L << 20;           // grow the heap 256 MiB at a time (address space)
constexpr uintptr_t kHugePage = uintptr_t{2} << 20;

}  // namespace

void TuneHeapForBatch() {
#if defined(__GLIBC__)
  // One arena: the compiler runs on a big-stack thread (support/big_stack.h) while main waits,
  // and a second arena would be an mmap'd heap outside what we advise below.
  mallopt(M_ARENA_MAX, 1);
  mallopt(M_TOP_PAD, static_cast<int>(kHeapStep));
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(kHeapStep * 2));
  // Large blocks (token arrays, hash tables) from the heap too, not each its own mapping.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  // Make glibc take its first big step now (a block larger than any free space the start-up
  // allocations left makes the heap grow by it plus the pad), then advise the whole of it.
  void* probe = std::malloc(1 << 20);
  auto* end = static_cast<char*>(sbrk(0));
  if (probe != nullptr && end != reinterpret_cast<char*>(-1)) {
    uintptr_t from = (reinterpret_cast<uintptr_t>(probe) + kHugePage - 1) & ~(kHugePage - 1);
    auto to = reinterpret_cast<uintptr_t>(end) & ~(kHugePage - 1);
    if (to > from) madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);
  }
  std::free(probe);
#endif
}

}  // namespace gocc
