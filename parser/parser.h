// The parser: tokens of one file -> syntax tree.
//
// Recursive descent over the Go 1.19 grammar (type parameters included), making the same
// decisions as gc's cmd/compile/internal/syntax parser so that syntax errors carry gc's texts on
// gc's lines. After an error it skips to a synchronising token and keeps going; it always returns
// a File.
#pragma once

#include "ast/ast.h"
#include "lexer/token.h"
#include "support/arena.h"
#include "support/diagnostics.h"

namespace gocc::parse {

auto Parse(const lex::TokenBuffer& tokens, Arena& arena, Diagnostics& diags) -> ast::File*;

}  // namespace gocc::parse
