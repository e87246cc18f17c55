// The lexer: bytes of one file -> TokenBuffer.
//
// It implements the whole lexical grammar of the Go spec, with go/scanner's token boundaries and
// automatic semicolons (so `gocc tokens` equals go/scanner's stream) and gc's error texts.
#pragma once

#include <cstdint>
#include <string>

#include "lexer/token.h"
#include "support/diagnostics.h"
#include "support/source.h"

namespace gocc::lex {

auto Lex(const SourceFile& file, Diagnostics& diags) -> TokenBuffer;
// Lexes into an existing buffer, reusing its storage (for tools that lex many files in turn).
void LexInto(const SourceFile& file, Diagnostics& diags, TokenBuffer& out);

// Unicode classes as Go 1.19 defines them (unicode.IsLetter, unicode.IsDigit).
auto IsUnicodeLetter(uint32_t rune) -> bool;
auto IsUnicodeDigit(uint32_t rune) -> bool;

// Decodes one UTF-8 sequence at p (p < end). Returns the rune and its width; an invalid
// sequence gives 0xFFFD with width 1, as Go's utf8.DecodeRune.
struct DecodedRune {
  uint32_t rune;
  uint32_t width;
};
auto DecodeRune(const char* p, const char* end) -> DecodedRune;

// Appends the UTF-8 encoding of a rune.
void AppendUtf8(std::string& out, uint32_t rune);
// Go's %#U of a rune: U+0041 'A'.
auto FormatRuneU(uint32_t rune) -> std::string;
// Go's %q of a rune: 'a', '\n', '\x00'.
auto QuoteRune(uint32_t rune) -> std::string;

}  // namespace gocc::lex
