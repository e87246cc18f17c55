#pragma once

#include <iosfwd>

#include "lexer/token.h"

namespace gocc::lex {

// Writes the token stream of one file (comments included) in `gocc tokens` format.
void DumpTokens(const TokenBuffer& tokens, std::ostream& out);

}  // namespace gocc::lex
