// Source files and positions.
//
// Every byte of every loaded file has a 32-bit position (Pos): the file's base plus the byte
// offset, as go/token.FileSet does. Positions stay 4 bytes in tokens and nodes; they are resolved
// to file:line:col only when printed. Columns count bytes from 1, as gc's do.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gocc {

// A position in the SourceMap. Zero is "no position".
struct Pos {
  uint32_t value = 0;
  constexpr auto IsValid() const -> bool { return value != 0; }
  friend constexpr auto operator<=>(Pos, Pos) = default;
};

struct LineCol {
  uint32_t line = 0;  // 1-based
  uint32_t col = 0;   // 1-based, in bytes
};

// A `//line file:line[:col]` or `/*line file:line[:col]*/` comment: positions from `offset` on
// are reported as if they came from `filename` at `line` (and `col`, if given: 0 means the
// column is unknown and is not printed), as gc reports them.
struct LineDirective {
  uint32_t offset;  // the byte right after the directive
  std::string filename;
  uint32_t line;
  uint32_t col;
};

// Where a position is reported: after line directives.
struct ReportedPos {
  std::string_view filename;
  uint32_t line = 0;
  uint32_t col = 0;  // 0: unknown
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text, uint32_t base);

  auto path() const -> const std::string& { return path_; }
  // The file's bytes. At least kPadding NUL bytes follow them in memory, so scanners may read
  // ahead (a whole SIMD word, or p[1] at the last byte) without bounds checks.
  auto text() const -> std::string_view { return {text_.data(), size_}; }
  static constexpr size_t kPadding = 32;
  auto base() const -> uint32_t { return base_; }
  auto size() const -> uint32_t { return size_; }
  auto PosAt(uint32_t offset) const -> Pos { return Pos{base_ + offset}; }
  auto OffsetOf(Pos pos) const -> uint32_t { return pos.value - base_; }
  auto Contains(Pos pos) const -> bool {
    return pos.value >= base_ && pos.value <= base_ + size();
  }
  // Line and column of a byte offset (offset == size() is the end of file).
  auto LineColAt(uint32_t offset) const -> LineCol;
  // The position gc would print for an offset (line directives applied).
  auto ReportedAt(uint32_t offset) const -> ReportedPos;

  // Line directives are found by the lexer, which only sees a const file; they are part of the
  // file's position mapping, not of its contents.
  void AddLineDirective(LineDirective d) const { directives_.push_back(std::move(d)); }

 private:
  std::string path_;
  std::string text_;  // the bytes, then kPadding NULs
  uint32_t size_;
  uint32_t base_;
  mutable std::vector<uint32_t> line_starts_;  // computed on first use
  mutable std::vector<LineDirective> directives_;  // in offset order
};

// Owns the loaded files and maps positions back to them.
class SourceMap {
 public:
  // Reads a file from disk; returns nullptr and sets `error` if it cannot be read.
  auto Load(const std::string& path, std::string* error) -> const SourceFile*;
  auto Add(std::string path, std::string text) -> const SourceFile*;

  auto FileOf(Pos pos) const -> const SourceFile*;
  // "path:line:col", or "<unknown>" for an invalid position.
  auto Format(Pos pos) const -> std::string;

 private:
  std::vector<std::unique_ptr<SourceFile>> files_;
  uint32_t next_base_ = 1;
};

// Whether the comment lines above the declaration at pos hold the directive ("//go:noinline").
// Blank lines may come between: gc's lexer keeps a directive for the next declaration, however far.
auto HasDirective(const SourceMap& sources, Pos pos, std::string_view directive) -> bool;

}  // namespace gocc
