// The diagnostics engine: every stage reports through it; the driver prints.
//
// Output follows gc: "file:line:col: message", sorted by position, duplicates dropped, at most one
// syntax error per line, and after 10 errors "file:line:col: too many errors" (unless all are wanted).
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "support/source.h"

namespace gocc {

enum class DiagKind : uint16_t {
#define DIAG(Name, Severity, Format) Name,
#include "support/diagnostics.def"
#undef DIAG
};

enum class Severity : uint8_t { Error, SyntaxError, Warning };

struct Diagnostic {
  Pos pos;
  DiagKind kind;
  std::string message;
};

class Diagnostics {
 public:
  explicit Diagnostics(const SourceMap& sources) : sources_(sources) {}

  template <typename... Args>
  void Report(Pos pos, DiagKind kind, const Args&... args) {
    std::array<std::string_view, sizeof...(Args)> views{std::string_view(args)...};
    Add(pos, kind, Format(FormatOf(kind), views.data(), views.size()));
  }

  // "file:line:col" of a position, for messages that cite other positions.
  auto FormatPos(Pos pos) const -> std::string { return sources_.Format(pos); }
  auto sources() const -> const SourceMap& { return sources_; }

  static auto SeverityOf(DiagKind kind) -> Severity;
  static auto NameOf(DiagKind kind) -> std::string_view;

  auto error_count() const -> size_t { return error_count_; }
  // Errors whose text starts with "syntax error" (gc type-checks only when there are none).
  auto syntax_error_count() const -> size_t { return syntax_error_count_; }
  auto diagnostics() const -> const std::vector<Diagnostic>& { return diagnostics_; }

  // Sorted by position, duplicates removed.
  auto Sorted() const -> std::vector<Diagnostic>;
  // Prints in gc's format. With limit > 0, stops after `limit` errors with "too many errors".
  void Print(std::ostream& out, size_t limit = 10) const;

 private:
  static auto FormatOf(DiagKind kind) -> std::string_view;
  static auto Format(std::string_view format, const std::string_view* args, size_t count)
      -> std::string;
  void Add(Pos pos, DiagKind kind, std::string message);

  const SourceMap& sources_;
  std::vector<Diagnostic> diagnostics_;
  size_t error_count_ = 0;
  size_t syntax_error_count_ = 0;
  // gc keeps only the first syntax error of a line.
  const SourceFile* last_syntax_file_ = nullptr;
  uint32_t last_syntax_line_ = 0;
  // ... and only one of several equal other errors on a line.
  const SourceFile* last_other_file_ = nullptr;
  uint32_t last_other_line_ = 0;
  std::string last_other_message_;
};

}  // namespace gocc
