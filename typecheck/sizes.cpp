#include "typecheck/sizes.h"

#include <algorithm>

namespace gocc::types {

namespace {

constexpr Arch kArchs[] = {
    {"amd64", 8, 8},   {"arm64", 8, 8},   {"386", 4, 4},      {"arm", 4, 4},
    {"wasm", 8, 8},    {"riscv64", 8, 8}, {"ppc64", 8, 8},    {"ppc64le", 8, 8},
    {"mips", 4, 4},    {"mipsle", 4, 4},  {"mips64", 8, 8},   {"mips64le", 8, 8},
    {"s390x", 8, 8},   {"loong64", 8, 8},
};

auto RoundUp(int64_t x, int64_t align) -> int64_t { return (x + align - 1) / align * align; }

}  // namespace

auto FindArch(std::string_view name) -> const Arch* {
  for (const Arch& a : kArchs) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

auto AllArchNames() -> std::vector<std::string_view> {
  std::vector<std::string_view> names;
  for (const Arch& a : kArchs) names.push_back(a.name);
  return names;
}

auto Sizes::BasicSize(BasicKind kind) const -> int64_t {
  switch (kind) {
    case BasicKind::Bool: case BasicKind::Int8: case BasicKind::Uint8: return 1;
    case BasicKind::Int16: case BasicKind::Uint16: return 2;
    case BasicKind::Int32: case BasicKind::Uint32: case BasicKind::Float32: return 4;
    case BasicKind::Int64: case BasicKind::Uint64: case BasicKind::Float64:
    case BasicKind::Complex64:
      return 8;
    case BasicKind::Complex128: return 16;
    case BasicKind::Int: case BasicKind::Uint: case BasicKind::Uintptr:
    case BasicKind::UnsafePointer:
      return arch_.ptr_size;
    case BasicKind::String: return 2 * arch_.ptr_size;
    default: return 0;  // untyped and invalid types have no size
  }
}

auto Sizes::SizeOf(const Type* t) const -> int64_t {
  switch (t->kind) {
    case TypeKind::Basic: return BasicSize(static_cast<const Basic*>(t)->basic);
    case TypeKind::Named: return SizeOf(Underlying(t));
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
      return arch_.ptr_size;
    case TypeKind::Slice: return 3 * arch_.ptr_size;
    case TypeKind::Interface: return 2 * arch_.ptr_size;
    case TypeKind::Array: {
      const auto* a = static_cast<const Array*>(t);
      return a->len * SizeOf(a->elem);
    }
    case TypeKind::Struct: {
      const auto* s = static_cast<const Struct*>(t);
      if (s->fields.empty()) return 0;
      std::vector<int64_t> offsets = Offsets(s);
      int64_t size = offsets.back() + SizeOf(s->fields.back().type);
      if (size > 0 && SizeOf(s->fields.back().type) == 0) ++size;
      return RoundUp(size, AlignOf(t));
    }
    case TypeKind::Tuple: return 0;
  }
  return 0;
}

auto Sizes::AlignOf(const Type* t) const -> int64_t {
  switch (t->kind) {
    case TypeKind::Basic: {
      auto kind = static_cast<const Basic*>(t)->basic;
      if (kind == BasicKind::Complex64) return 4;
      if (kind == BasicKind::Complex128) return std::min<int64_t>(8, arch_.reg_size);
      if (kind == BasicKind::String) return arch_.ptr_size;
      return std::clamp<int64_t>(BasicSize(kind), 1, arch_.reg_size);
    }
    case TypeKind::Named: return AlignOf(Underlying(t));
    case TypeKind::Array: return AlignOf(static_cast<const Array*>(t)->elem);
    case TypeKind::Struct: {
      int64_t align = 1;
      for (const Var& f : static_cast<const Struct*>(t)->fields) {
        align = std::max(align, AlignOf(f.type));
      }
      return align;
    }
    case TypeKind::Tuple: return 1;
    default: return arch_.ptr_size;  // pointer-shaped and multi-word reference types
  }
}

auto Sizes::Offsets(const Struct* s) const -> std::vector<int64_t> {
  std::vector<int64_t> offsets;
  offsets.reserve(s->fields.size());
  int64_t offset = 0;
  for (const Var& f : s->fields) {
    offset = RoundUp(offset, AlignOf(f.type));
    offsets.push_back(offset);
    offset += SizeOf(f.type);
  }
  return offsets;
}

}  // namespace gocc::types
