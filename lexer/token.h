// Token kinds and the token buffer the lexer produces.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace gocc::lex {

enum class TokenKind : uint8_t {
#define TOKEN(Name, Spelling, GoName) Name,
#include "lexer/token_kinds.def"
};

auto SpellingOf(TokenKind kind) -> std::string_view;
// go/token's name for the kind (IDENT, ADD, BREAK, ...).
auto GoNameOf(TokenKind kind) -> std::string_view;
auto IsKeyword(TokenKind kind) -> bool;

// Where a token is: its byte range in the file. An automatic semicolon is empty (end == offset).
struct TokenInfo {
  uint32_t offset;
  uint32_t end;
};
static_assert(sizeof(TokenInfo) == 8);

// The tokens of one file in flat arrays indexed by a 32-bit token index. The last token is
// always EndOfFile. Comments are kept apart so the parser never sees them.
class TokenBuffer {
 public:
  explicit TokenBuffer(const SourceFile& file) : file_(&file) {}

  auto file() const -> const SourceFile& { return *file_; }
  auto size() const -> uint32_t { return static_cast<uint32_t>(kinds_.size()); }
  auto kind(uint32_t i) const -> TokenKind { return kinds_[i]; }
  auto info(uint32_t i) const -> TokenInfo { return infos_[i]; }
  auto pos(uint32_t i) const -> Pos { return file_->PosAt(infos_[i].offset); }
  auto text(uint32_t i) const -> std::string_view {
    return file_->text().substr(infos_[i].offset, infos_[i].end - infos_[i].offset);
  }
  auto IsAutoSemicolon(uint32_t i) const -> bool {
    return kinds_[i] == TokenKind::Semicolon && infos_[i].end == infos_[i].offset;
  }
  auto comments() const -> const std::vector<TokenInfo>& { return comments_; }

  void Add(TokenKind kind, uint32_t offset, uint32_t end) {
    kinds_.push_back(kind);
    infos_.push_back(TokenInfo{offset, end});
  }
  void AddComment(uint32_t offset, uint32_t end) { comments_.push_back(TokenInfo{offset, end}); }
  void Reserve(size_t n) {
    kinds_.reserve(n);
    infos_.reserve(n);
  }

 private:
  const SourceFile* file_;
  std::vector<TokenKind> kinds_;
  std::vector<TokenInfo> infos_;
  std::vector<TokenInfo> comments_;
};

}  // namespace gocc::lex
