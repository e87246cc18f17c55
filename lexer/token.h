// Token kinds and the token buffer the lexer produces.
#pragma once

#include <algorithm>
#include <cstdint>
#include <memory>
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
  auto size() const -> uint32_t { return size_; }
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

  // The lexer's hot path: one capacity check for both arrays.
  [[gnu::always_inline]] void Add(TokenKind kind, uint32_t offset, uint32_t end) {
    if (size_ == capacity_) Grow(capacity_ * 2 + 64);
    kinds_[size_] = kind;
    infos_[size_] = TokenInfo{offset, end};
    ++size_;
  }
  void AddComment(uint32_t offset, uint32_t end) { comments_.push_back(TokenInfo{offset, end}); }
  // Empties the buffer for another file, keeping its storage.
  void Reset(const SourceFile& file) {
    file_ = &file;
    size_ = 0;
    comments_.clear();
  }
  void Reserve(uint32_t n) {
    if (n > capacity_) Grow(n);
  }

  // For the lexer's loop, which keeps the arrays and the token count in registers and writes
  // the tokens straight into them: the arrays, grown if need be so that at least `room` tokens
  // fit after the first `size` (which are kept), and their capacity. SetSize ends the writing.
  struct Storage {
    TokenKind* kinds;
    TokenInfo* infos;
    uint32_t capacity;
  };
  auto StorageFor(uint32_t size, uint32_t room) -> Storage {
    if (size + room > capacity_) {
      size_ = size;
      Grow(std::max(capacity_ * 2, size + room));
    }
    return Storage{kinds_.get(), infos_.get(), capacity_};
  }
  void SetSize(uint32_t size) { size_ = size; }
  // Gives back unused capacity beyond a little slack.
  void ShrinkToFit() {
    if (capacity_ - size_ > size_ / 8 + 64) Grow(size_);
  }

 private:
  void Grow(uint32_t capacity) {
    auto kinds = std::make_unique_for_overwrite<TokenKind[]>(capacity);
    auto infos = std::make_unique_for_overwrite<TokenInfo[]>(capacity);
    std::copy_n(kinds_.get(), size_, kinds.get());
    std::copy_n(infos_.get(), size_, infos.get());
    kinds_ = std::move(kinds);
    infos_ = std::move(infos);
    capacity_ = capacity;
  }

  const SourceFile* file_;
  std::unique_ptr<TokenKind[]> kinds_;
  std::unique_ptr<TokenInfo[]> infos_;
  uint32_t size_ = 0;
  uint32_t capacity_ = 0;
  std::vector<TokenInfo> comments_;
};

}  // namespace gocc::lex
