#pragma once

#include <string>

#include "typecheck/types.h"

namespace gocc::types {

// A type as gc writes it in diagnostics (see typestring.cpp).
auto TypeString(const Type* t) -> std::string;

}  // namespace gocc::types
