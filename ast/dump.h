#pragma once

#include <iosfwd>

#include "ast/ast.h"

namespace gocc::ast {

// Writes the tree of one file as indented text (see dump.cpp for the format).
void Dump(const File& file, const SourceFile& source, std::ostream& out);

}  // namespace gocc::ast
