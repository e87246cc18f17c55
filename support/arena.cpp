#include "support/arena.h"

#include <cstdlib>

namespace gocc {

namespace {
constexpr size_t kBlockSize = 64 * 1024;
}

Arena::~Arena() {
  for (char* block : blocks_) std::free(block);
}

auto Arena::AllocateSlow(size_t size, size_t align) -> void* {
  size_t block_size = size + align > kBlockSize ? size + align : kBlockSize;
  auto* block = static_cast<char*>(std::malloc(block_size));
  if (block == nullptr) throw std::bad_alloc();
  blocks_.push_back(block);
  bytes_ += block_size;
  cur_ = block;
  end_ = block + block_size;
  return Allocate(size, align);
}

}  // namespace gocc
