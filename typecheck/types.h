// Go types as the type checker builds them.
//
// Types are arena-allocated and compared by identity where Go's type identity allows it (basic
// and named types are unique); composite types are compared structurally (Identical, later).
// The shapes follow go/types: Basic, Named, Pointer, Array, Slice, Struct, Map, Chan, Signature,
// Interface, Tuple.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "support/source.h"

namespace gocc::types {

enum class TypeKind : uint8_t {
  Basic,
  Named,
  Pointer,
  Array,
  Slice,
  Struct,
  Map,
  Chan,
  Signature,
  Interface,
  Tuple,
};

enum class BasicKind : uint8_t {
  Invalid,
  Bool,
  Int,
  Int8,
  Int16,
  Int32,
  Int64,
  Uint,
  Uint8,
  Uint16,
  Uint32,
  Uint64,
  Uintptr,
  Float32,
  Float64,
  Complex64,
  Complex128,
  String,
  UnsafePointer,
  UntypedBool,
  UntypedInt,
  UntypedRune,
  UntypedFloat,
  UntypedComplex,
  UntypedString,
  UntypedNil,
};

struct Type {
  TypeKind kind;
};

struct Basic : Type {
  static constexpr TypeKind kKind = TypeKind::Basic;
  BasicKind basic;
  std::string_view name;
};

struct Named : Type {
  static constexpr TypeKind kKind = TypeKind::Named;
  std::string_view name;
  std::string_view pkg_name;  // the declaring package ("" for the universe's error)
  std::string_view pkg_path;
  Pos pos;
  const Type* underlying;  // nullptr while being resolved
};

struct Pointer : Type {
  static constexpr TypeKind kKind = TypeKind::Pointer;
  const Type* elem;
};

struct Array : Type {
  static constexpr TypeKind kKind = TypeKind::Array;
  const Type* elem;
  int64_t len;
};

struct Slice : Type {
  static constexpr TypeKind kKind = TypeKind::Slice;
  const Type* elem;
};

// A struct field, parameter or result.
struct Var {
  std::string_view name;  // empty for unnamed parameters
  const Type* type;
  Pos pos;
  bool embedded;
};

struct Struct : Type {
  static constexpr TypeKind kKind = TypeKind::Struct;
  std::span<const Var> fields;
  std::span<const std::string_view> tags;  // empty, or one per field
};

struct Map : Type {
  static constexpr TypeKind kKind = TypeKind::Map;
  const Type* key;
  const Type* value;
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct Chan : Type {
  static constexpr TypeKind kKind = TypeKind::Chan;
  ChanDir dir;
  const Type* elem;
};

struct Signature : Type {
  static constexpr TypeKind kKind = TypeKind::Signature;
  std::span<const Var> params;
  std::span<const Var> results;
  bool variadic;
};

struct Method {
  std::string_view name;
  const Signature* type;
  Pos pos;
};

// The results of a call with other than one result (go/types' Tuple): `(int, error)`, `()`.
struct Tuple : Type {
  static constexpr TypeKind kKind = TypeKind::Tuple;
  std::span<const Var> vars;
};

struct Interface : Type {
  static constexpr TypeKind kKind = TypeKind::Interface;
  std::span<const Method> methods;  // explicitly declared
  std::span<const Type* const> embeddeds;
};

template <typename T>
auto As(const Type* t) -> const T* {
  return t != nullptr && t->kind == T::kKind ? static_cast<const T*>(t) : nullptr;
}

// The underlying type: itself for all but named types.
inline auto Underlying(const Type* t) -> const Type* {
  while (const auto* n = As<Named>(t)) t = n->underlying;
  return t;
}

}  // namespace gocc::types
