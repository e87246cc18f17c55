// The text report, in the spirit of pahole: the struct in Go syntax with a comment per field,
// the holes and tail padding as comment lines, cache-line boundaries, a footer, fieldalignment's
// finding and the suggested order; with several architectures, a table side by side.
#include <algorithm>
#include <charconv>
#include <concepts>
#include <cstring>
#include <ostream>

#include "analysis/layout/json_util.h"
#include "analysis/layout/report.h"
#include "typecheck/typestring.h"

namespace gocc::layout {
namespace {

// The report is built in memory and written in large blocks: iostream's per-item formatting
// would cost more than laying the struct out. An append is a bounds check on two pointers and a
// copy (inlined for literals); std::string::append's bookkeeping cost more than the rest of the
// report writer.
class Buf {
 public:
  Buf() : storage_(1 << 17, '\0'), cur_(storage_.data()), end_(cur_ + storage_.size()) {}
  Buf(const Buf&) = delete;
  auto operator=(const Buf&) -> Buf& = delete;

  auto operator<<(std::string_view s) -> Buf& {
    Room(s.size());
    std::memcpy(cur_, s.data(), s.size());
    cur_ += s.size();
    return *this;
  }
  auto operator<<(char c) -> Buf& {
    Room(1);
    *cur_++ = c;
    return *this;
  }
  template <std::integral T>
  auto operator<<(T n) -> Buf& {
    constexpr size_t kDigits = 24;
    Room(kDigits);
    cur_ = std::to_chars(cur_, cur_ + kDigits, n).ptr;
    return *this;
  }
  // n spaces.
  void Pad(size_t n) {
    Room(n);
    std::memset(cur_, ' ', n);
    cur_ += n;
  }
  void Clear() { cur_ = storage_.data(); }

  // Appends without bounds checks into n bytes reserved up front: a field line is a dozen
  // appends, and checking each cost as much as the copying.
  class Span {
   public:
    Span(Buf& buf, size_t n) : buf_(buf) {
      buf.Room(n);
      p_ = buf.cur_;
      end_ = p_ + n;
    }
    Span(const Span&) = delete;
    auto operator=(const Span&) -> Span& = delete;
    ~Span() { buf_.cur_ = p_; }

    auto operator<<(std::string_view s) -> Span& {
      std::memcpy(p_, s.data(), s.size());
      p_ += s.size();
      return *this;
    }
    template <size_t N>  // a literal: a copy of known size
    auto operator<<(const char (&s)[N]) -> Span& {
      std::memcpy(p_, s, N - 1);
      p_ += N - 1;
      return *this;
    }
    auto operator<<(char c) -> Span& {
      *p_++ = c;
      return *this;
    }
    auto operator<<(int64_t n) -> Span& {
      p_ = std::to_chars(p_, end_, n).ptr;
      return *this;
    }
    void Pad(size_t n) {
      std::memset(p_, ' ', n);
      p_ += n;
    }

   private:
    Buf& buf_;
    char* p_;
    char* end_;
  };
  auto text() const -> std::string_view {
    return {storage_.data(), static_cast<size_t>(cur_ - storage_.data())};
  }

 private:
  // Makes room for n more bytes at cur_. The growing is out of line, so that appends inline.
  void Room(size_t n) {
    if (static_cast<size_t>(end_ - cur_) < n) [[unlikely]] Grow(n);
  }
  [[gnu::noinline]] void Grow(size_t n) {
    size_t used = static_cast<size_t>(cur_ - storage_.data());
    storage_.resize(std::max(2 * storage_.size(), used + n + 4096));
    cur_ = storage_.data() + used;
    end_ = storage_.data() + storage_.size();
  }

  std::string storage_;  // kept at its full size: [data, cur_) is the text
  char* cur_;
  char* end_;
};

auto Plural(int64_t n, const char* one, const char* many) -> std::string {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Structs' text collects in one buffer, written in blocks of kFlushBytes (a write per struct
// would be a system call per struct); WriteTextTrailer writes the rest.
constexpr size_t kFlushBytes = 1 << 16;

auto TextBuffer() -> Buf& {
  static Buf buffer;
  return buffer;
}

void FlushText(std::ostream& out) {
  out << TextBuffer().text();
  out.flush();
  TextBuffer().Clear();
}

// `n thing(s)` straight into the buffer.
struct Count {
  int64_t n;
  const char* one;
  const char* many;
};
auto operator<<(Buf& out, Count c) -> Buf& {
  return out << c.n << ' ' << std::string_view(c.n == 1 ? c.one : c.many);
}

// file:line:col straight into the buffer.
auto operator<<(Buf& out, const ReportedPos& pos) -> Buf& {
  out << pos.filename << ':' << pos.line;
  if (pos.col != 0) out << ':' << pos.col;
  return out;
}

auto FieldDecl(const FieldLayout& f) -> std::string {
  return f.embedded ? f.type() : std::string(f.name) + " " + f.type();
}

void WriteFields(const StructReport& s, const ArchReport& a, int64_t cache_line,
                 Buf& out) {
  const StructLayout& l = a.layout;
  // Columns as gofmt aligns them: names, types, comments. Every field's type is written once,
  // into one string (type_end[i] is where field i's ends): no string per field.
  static std::string types_text;
  static std::vector<size_t> type_end;
  types_text.clear();
  type_end.clear();
  size_t name_width = 0, decl_width = 0;
  for (const FieldLayout& f : l.fields) {
    if (!f.embedded) name_width = std::max(name_width, f.name.size());
    if (f.type_ptr != nullptr) types::AppendTypeString(types_text, f.type_ptr);
    type_end.push_back(types_text.size());
  }
  auto type_of = [&](size_t i) {
    size_t begin = i == 0 ? 0 : type_end[i - 1];
    return std::string_view(types_text).substr(begin, type_end[i] - begin);
  };
  auto decl_size = [&](size_t i) {
    const FieldLayout& f = l.fields[i];
    return f.embedded ? type_of(i).size() : name_width + 1 + type_of(i).size();
  };
  for (size_t i = 0; i < l.fields.size(); ++i) decl_width = std::max(decl_width, decl_size(i));
  int64_t next_line = cache_line;
  size_t hole = 0;
  for (const FieldLayout& f : l.fields) {
    if (hole < l.holes.size() && l.holes[hole].offset + l.holes[hole].size <= f.offset) {
      out << "\t// " << Count{l.holes[hole].size, "byte", "bytes"} << " hole\n";
      ++hole;
    }
    while (cache_line > 0 && f.offset >= next_line) {
      out << "\t// --- cache line " << next_line / cache_line << " (offset " << next_line
          << ") ---\n";
      next_line += cache_line;
    }
    auto i = static_cast<size_t>(&f - l.fields.data());
    // The tab, the declaration and the longest comment: three numbers and every clause.
    constexpr size_t kCommentBytes = 3 * 20 + sizeof(" // offset , size ,  pointer bytes") +
                                     sizeof(", atomic") + sizeof(", crosses a cache line");
    Buf::Span line(out, 1 + decl_width + kCommentBytes + 1);
    line << '\t';
    if (!f.embedded) {
      line << std::string_view(f.name);
      line.Pad(name_width + 1 - f.name.size());
    }
    line << type_of(i);
    line.Pad(decl_width - decl_size(i));
    line << " // offset " << f.offset << ", size " << f.size;
    if (f.ptrdata > 0) line << ", " << f.ptrdata << " pointer bytes";
    if (std::find(s.atomic_fields.begin(), s.atomic_fields.end(), f.index) !=
        s.atomic_fields.end()) {
      line << ", atomic";
    }
    if (cache_line > 0 && f.size > 0 && f.offset / cache_line != (f.offset + f.size - 1) / cache_line) {
      line << ", crosses a cache line";
    }
    line << '\n';
  }
  if (l.tail_padding > 0) {
    out << "\t// " << Count{l.tail_padding, "byte", "bytes"} << " tail padding\n";
  }
}

void WriteFooter(const StructLayout& l, Buf& out) {
  int64_t hole_bytes = 0;
  for (const Gap& g : l.holes) hole_bytes += g.size;
  out << "// size " << l.size << ", align " << l.align << ", ptrdata " << l.ptrdata;
  if (l.size_class > 0) {
    out << ", size class " << l.size_class << " (" << l.alloc_bytes << " bytes)";
  } else if (l.size > 0) {
    out << ", large object (" << l.alloc_bytes << " bytes)";
  }
  out << ", " << Count{static_cast<int64_t>(l.fields.size()), "field", "fields"} << ", "
      << Count{static_cast<int64_t>(l.holes.size()), "hole", "holes"} << " (" << hole_bytes
      << " bytes), padding " << l.padding << " bytes, "
      << Count{l.cache_lines, "cache line", "cache lines"} << '\n';
}

void WriteSuggestion(const ArchReport& a, Buf& out) {
  if (a.message.empty()) return;
  out << "// suggested order:";
  for (size_t i = 0; i < a.optimal.fields.size(); ++i) {
    out << (i == 0 ? " " : ", ") << (a.optimal.fields[i].embedded ? a.optimal.fields[i].type()
                                                                  : a.optimal.fields[i].name);
  }
  int64_t saved = a.layout.size - a.optimal.size;
  out << "; size " << a.optimal.size << ", ptrdata " << a.optimal.ptrdata;
  if (saved > 0) {
    out << ", saves " << saved << " bytes (" << (saved * 100 / a.layout.size) << "%)";
    if (a.optimal.alloc_bytes < a.layout.alloc_bytes) {
      out << ", size class " << a.optimal.size_class << " (" << a.optimal.alloc_bytes
          << " bytes)";
    }
  }
  out << '\n';
}

void WriteTable(const StructReport& s, Buf& out) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> head{std::string(s.name)};
  for (const ArchReport& a : s.archs) head.push_back(std::string(a.arch->name));
  rows.push_back(head);
  const auto& fields = s.archs[0].layout.fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    std::vector<std::string> row{"  " + FieldDecl(fields[i])};
    for (const ArchReport& a : s.archs) {
      const FieldLayout& f = a.layout.fields[i];
      row.push_back(std::to_string(f.offset) + "+" + std::to_string(f.size));
    }
    rows.push_back(row);
  }
  auto add = [&](const char* label, auto value) {
    std::vector<std::string> row{label};
    for (const ArchReport& a : s.archs) row.push_back(value(a));
    rows.push_back(row);
  };
  add("  size/align", [](const ArchReport& a) {
    return std::to_string(a.layout.size) + "/" + std::to_string(a.layout.align);
  });
  add("  ptrdata", [](const ArchReport& a) { return std::to_string(a.layout.ptrdata); });
  add("  padding", [](const ArchReport& a) { return std::to_string(a.layout.padding); });
  add("  optimal size", [](const ArchReport& a) { return std::to_string(a.optimal.size); });
  std::vector<size_t> width(head.size(), 0);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) width[c] = std::max(width[c], row[c].size());
  }
  for (const auto& row : rows) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += c == 0 ? row[c] + std::string(width[c] - row[c].size(), ' ')
                     : "  " + std::string(width[c] - row[c].size(), ' ') + row[c];
    }
    out << line << '\n';
  }
}

}  // namespace

auto WriteTextStruct(const StructReport& s, const Options& options, bool first, std::ostream& out)
    -> bool {
  if (s.archs[0].layout.fields.empty()) return false;  // struct{}: nothing to lay out
  Buf& b = TextBuffer();
  if (!first) b << '\n';
  const ArchReport& a = s.archs[0];
  b << "// " << s.pos << ": " << s.name << " (" << a.arch->name << ")";
  if (s.found->ignored) b << ", //gocc:layout ignore";
  b << '\n';
  if (s.name.find('.') == std::string::npos && s.name != "struct") {
    b << "type " << s.name << " struct {\n";
  } else {
    b << "struct { // " << s.name << "\n";
  }
  WriteFields(s, a, options.cache_line, b);
  b << "}\n";
  WriteFooter(a.layout, b);
  if (!s.found->ignored && !a.message.empty()) {
    b << s.pos << ": " << a.message << '\n';
    WriteSuggestion(a, b);
  }
  for (const ArchReport& other : s.archs) {
    for (const std::string& w : other.warnings) {
      b << s.pos << ": warning: " << w << '\n';
    }
  }
  if (s.archs.size() > 1) WriteTable(s, b);
  if (b.text().size() >= kFlushBytes) FlushText(out);
  return true;
}

void WriteTextTrailer(int skipped_files, std::ostream& out) {
  FlushText(out);
  if (skipped_files > 0) {
    out << "// skipped " << Plural(skipped_files, "generated file", "generated files")
        << " (--generated to include)\n";
  }
}

void WriteText(const Report& report, std::ostream& out) {
  bool first = true;
  for (const StructReport& s : report.structs) {
    if (WriteTextStruct(s, report.options, first, out)) first = false;
  }
  WriteTextTrailer(report.skipped_files, out);
}

void WriteVetStruct(const StructReport& s, std::ostream& out) {
  if (s.found->ignored || s.archs[0].message.empty()) return;
  out << PosString(s.pos) << ": " << s.archs[0].message << '\n';
}

void WriteVet(const Report& report, std::ostream& out) {
  for (const StructReport& s : report.structs) WriteVetStruct(s, out);
}

void WriteVetJson(const Report& report, std::string_view package, std::ostream& out) {
  out << "{\n\t" << JsonString(package) << ": {\n\t\t\"fieldalignment\": [";
  bool first = true;
  for (const StructReport& s : report.structs) {
    if (s.found->ignored || s.archs[0].message.empty()) continue;
    out << (first ? "\n" : ",\n") << "\t\t\t{\n\t\t\t\t\"posn\": " << JsonString(PosString(s.pos))
        << ",\n\t\t\t\t\"message\": " << JsonString(s.archs[0].message) << "\n\t\t\t}";
    first = false;
  }
  out << (first ? "]" : "\n\t\t]") << "\n\t}\n}\n";
}

}  // namespace gocc::layout
