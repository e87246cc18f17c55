#include "support/diagnostics.h"

#include <algorithm>
#include <ostream>

namespace gocc {

namespace {

struct KindInfo {
  std::string_view name;
  Severity severity;
  std::string_view format;
};

constexpr KindInfo kKinds[] = {
#define DIAG(Name, Sev, Fmt) {#Name, Severity::Sev, Fmt},
#include "support/diagnostics.def"
#undef DIAG
};

}  // namespace

auto Diagnostics::SeverityOf(DiagKind kind) -> Severity {
  return kKinds[static_cast<size_t>(kind)].severity;
}
auto Diagnostics::NameOf(DiagKind kind) -> std::string_view {
  return kKinds[static_cast<size_t>(kind)].name;
}
auto Diagnostics::FormatOf(DiagKind kind) -> std::string_view {
  return kKinds[static_cast<size_t>(kind)].format;
}

auto Diagnostics::Format(std::string_view format, const std::string_view* args, size_t count)
    -> std::string {
  std::string out;
  for (size_t i = 0; i < format.size(); ++i) {
    if (format[i] == '{' && i + 2 < format.size() && format[i + 2] == '}') {
      size_t index = static_cast<size_t>(format[i + 1] - '0');
      if (index < count) {
        out += args[index];
        i += 2;
        continue;
      }
    }
    out += format[i];
  }
  return out;
}

void Diagnostics::Add(Pos pos, DiagKind kind, std::string message) {
  Severity severity = SeverityOf(kind);
  if (severity == Severity::SyntaxError) {
    const SourceFile* file = sources_.FileOf(pos);
    uint32_t line = file ? file->LineColAt(file->OffsetOf(pos)).line : 0;
    if (file != nullptr && file == last_syntax_file_ && line == last_syntax_line_) return;
    last_syntax_file_ = file;
    last_syntax_line_ = line;
  } else {
    // gc drops a repeat of the same message on the same line.
    const SourceFile* file = sources_.FileOf(pos);
    uint32_t line = file ? file->LineColAt(file->OffsetOf(pos)).line : 0;
    if (file != nullptr && file == last_other_file_ && line == last_other_line_ &&
        message == last_other_message_) {
      return;
    }
    last_other_file_ = file;
    last_other_line_ = line;
    last_other_message_ = message;
  }
  if (severity != Severity::Warning) ++error_count_;
  if (severity == Severity::SyntaxError) ++syntax_error_count_;
  diagnostics_.push_back(Diagnostic{pos, kind, std::move(message)});
}

auto Diagnostics::Sorted() const -> std::vector<Diagnostic> {
  std::vector<Diagnostic> sorted = diagnostics_;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  sorted.erase(std::unique(sorted.begin(), sorted.end(),
                           [](const Diagnostic& a, const Diagnostic& b) {
                             return a.pos == b.pos && a.message == b.message;
                           }),
               sorted.end());
  return sorted;
}

void Diagnostics::Print(std::ostream& out, size_t limit) const {
  size_t errors = 0;
  for (const Diagnostic& d : Sorted()) {
    out << sources_.Format(d.pos) << ": " << d.message << '\n';
    if (SeverityOf(d.kind) != Severity::Warning && ++errors == limit) {
      out << sources_.Format(d.pos) << ": too many errors\n";
      return;
    }
  }
}

}  // namespace gocc
