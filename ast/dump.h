#pragma once

#include <iosfwd>

#include "ast/ast.h"

namespace gocc::ast {

// Writes the tree of one file as indented text (see dump.cpp for the format).
// Without positions, the text depends only on the tree's shape (for comparing with go/ast).
void Dump(const File& file, const SourceFile& source, std::ostream& out, bool positions = true);

}  // namespace gocc::ast
