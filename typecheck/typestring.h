#pragma once

#include <string>

#include "typecheck/types.h"

namespace gocc::types {

// A type as gc writes it in diagnostics (see typestring.cpp).
auto TypeString(const Type* t) -> std::string;

// Named types of this package are written unqualified, others as pkg.Name. The checker sets it
// while it checks a package.
void SetTypeStringPackage(std::string_view path);
auto TypeStringPackage() -> std::string_view;
// The universe's `any`: written "any" (gc tells it apart by identity, not by spelling).
void SetTypeStringAny(const Type* any);

}  // namespace gocc::types
