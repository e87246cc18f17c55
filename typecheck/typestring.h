#pragma once

#include <string>

#include "typecheck/types.h"

namespace gocc::types {

// A type as gc writes it in diagnostics (see typestring.cpp).
auto TypeString(const Type* t) -> std::string;
// The same, appended to `out` (no string of its own: for writers that format many types).
void AppendTypeString(std::string& out, const Type* t);

// Named types of this package are written unqualified, others as pkg.Name. The checker sets it
// while it checks a package.
void SetTypeStringPackage(std::string_view path);
auto TypeStringPackage() -> std::string_view;
// The universe's `any`: written "any" (gc tells it apart by identity, not by spelling).
void SetTypeStringAny(const Type* any);

}  // namespace gocc::types
