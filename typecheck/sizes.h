// Sizes, alignments and field offsets per target architecture, with gc's rules
// (cmd/compile/internal/types/size.go):
//
// - int, uint, uintptr and pointers are one word; string is two, slice three, interface two;
//   maps, channels and funcs are one pointer;
// - a basic type aligns to its size, but never more than the register size: int64, uint64,
//   float64 and complex128 align to 4 on 32-bit targets; complex64 aligns to 4 everywhere (it is
//   two float32s); complex128 to 8 on 64-bit targets;
// - an array aligns as its element;
// - struct fields are placed in order at their alignment; the struct aligns to its most aligned
//   field; a struct of non-zero size that ends in a zero-size field gets one byte of padding (so a
//   pointer to that field cannot point past the object), then the size is rounded up to the
//   alignment.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "typecheck/types.h"

namespace gocc::types {

struct Arch {
  std::string_view name;
  int64_t ptr_size;
  int64_t reg_size;
};

// gc's targets: amd64, arm64, 386, arm, wasm, riscv64, ppc64, ppc64le, mips, mipsle, mips64,
// mips64le, s390x, loong64. Returns nullptr for an unknown name.
auto FindArch(std::string_view name) -> const Arch*;
auto AllArchNames() -> std::vector<std::string_view>;

class Sizes {
 public:
  explicit Sizes(const Arch& arch) : arch_(arch) {}

  auto arch() const -> const Arch& { return arch_; }
  auto SizeOf(const Type* t) const -> int64_t;
  auto AlignOf(const Type* t) const -> int64_t;
  // The offset of every field of s.
  auto Offsets(const Struct* s) const -> std::vector<int64_t>;

 private:
  auto BasicSize(BasicKind kind) const -> int64_t;
  const Arch& arch_;
};

}  // namespace gocc::types
