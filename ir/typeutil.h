// Small questions about types that the IR's builder, verifier and codegen all ask.
#pragma once

#include "typecheck/types.h"

namespace gocc::ir {

inline auto Under(const types::Type* t) -> const types::Type* { return types::Underlying(t); }

inline auto IsBasic(const types::Type* t, types::BasicKind k) -> bool {
  const auto* b = types::As<types::Basic>(Under(t));
  return b != nullptr && b->basic == k;
}
inline auto IsStringType(const types::Type* t) -> bool {
  const auto* b = types::As<types::Basic>(Under(t));
  return b != nullptr && (b->basic == types::BasicKind::String || b->basic == types::BasicKind::UntypedString);
}
inline auto IsBoolType(const types::Type* t) -> bool {
  const auto* b = types::As<types::Basic>(Under(t));
  return b != nullptr && (b->basic == types::BasicKind::Bool || b->basic == types::BasicKind::UntypedBool);
}
inline auto IsInterfaceType(const types::Type* t) -> bool {
  return types::As<types::Interface>(Under(t)) != nullptr;
}
// The element of a pointer type, or nullptr.
inline auto PointerElem(const types::Type* t) -> const types::Type* {
  const auto* p = types::As<types::Pointer>(Under(t));
  return p != nullptr ? p->elem : nullptr;
}
// The element type of an array, slice, pointer to array, or nullptr.
inline auto ElemType(const types::Type* t) -> const types::Type* {
  t = Under(t);
  if (const auto* p = types::As<types::Pointer>(t)) t = Under(p->elem);
  if (const auto* a = types::As<types::Array>(t)) return a->elem;
  if (const auto* s = types::As<types::Slice>(t)) return s->elem;
  return nullptr;
}
inline auto StructOf(const types::Type* t) -> const types::Struct* {
  return types::As<types::Struct>(Under(t));
}

}  // namespace gocc::ir
