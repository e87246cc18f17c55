#include "support/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gocc {

SourceFile::SourceFile(std::string path, std::string text, uint32_t base)
    : path_(std::move(path)), text_(std::move(text)), base_(base) {
  size_ = static_cast<uint32_t>(text_.size());
  text_.append(kPadding, '\0');
}

auto SourceFile::LineColAt(uint32_t offset) const -> LineCol {
  if (line_starts_.empty()) {
    line_starts_.reserve(size_ / 32 + 1);
    line_starts_.push_back(0);
    // 16 bytes at a time where SSE2 is the baseline (x86-64): a memchr per line costs more than
    // the lookups that follow when a report prints thousands of positions.
    const char* text = text_.data();
    size_t i = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    for (; i + 16 <= size_; i += 16) {
      __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
      auto mask = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)));
      for (; mask != 0; mask &= mask - 1) {
        line_starts_.push_back(static_cast<uint32_t>(i + __builtin_ctz(mask)) + 1);
      }
    }
#endif
    for (; i < size_; ++i) {
      if (text[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i) + 1);
    }
  }
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  auto line = static_cast<uint32_t>(it - line_starts_.begin());
  return LineCol{line, offset - line_starts_[line - 1] + 1};
}

auto SourceFile::ReportedAt(uint32_t offset) const -> ReportedPos {
  LineCol lc = LineColAt(offset);
  auto it = std::upper_bound(directives_.begin(), directives_.end(), offset,
                             [](uint32_t o, const LineDirective& d) { return o < d.offset; });
  if (it == directives_.begin()) return {path_, lc.line, lc.col};
  const LineDirective& d = *(it - 1);
  LineCol base = LineColAt(d.offset);
  ReportedPos r{d.filename, d.line + (lc.line - base.line), 0};
  if (d.col != 0) r.col = lc.line == base.line ? d.col + lc.col - base.col : lc.col;
  return r;
}

auto SourceMap::Load(const std::string& path, std::string* error) -> const SourceFile* {
  // Go's wording: the operation, the path, and the system's message in lower case.
  auto fail = [&](const char* op, int err) -> const SourceFile* {
    std::string message = std::strerror(err);
    if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
    *error = std::string(op) + " " + path + ": " + message;
    return nullptr;
  };
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return fail("open", errno);
  struct stat st {};
  std::string text;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    // Room for SourceFile's padding too, so that adding it does not copy the text.
    text.reserve(static_cast<size_t>(st.st_size) + SourceFile::kPadding + 1);
    text.resize(static_cast<size_t>(st.st_size) + 1);  // +1: the read that sees the end
  }
  // One read per chunk straight into the string; a file that grows while we read is read whole.
  size_t used = 0;
  while (true) {
    if (used == text.size()) text.resize(std::max<size_t>(text.size() * 2, 4096));
    ssize_t n = ::read(fd, text.data() + used, text.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      return fail("read", err);
    }
    if (n == 0) break;
    used += static_cast<size_t>(n);
  }
  ::close(fd);
  text.resize(used);
  return Add(path, std::move(text));
}

auto SourceMap::Add(std::string path, std::string text) -> const SourceFile* {
  auto base = next_base_;
  // One extra position per file so that the end-of-file position is unique.
  next_base_ += static_cast<uint32_t>(text.size()) + 1;
  files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text), base));
  return files_.back().get();
}

auto SourceMap::FileOf(Pos pos) const -> const SourceFile* {
  if (!pos.IsValid()) return nullptr;
  auto it = std::upper_bound(files_.begin(), files_.end(), pos.value,
                             [](uint32_t v, const auto& f) { return v < f->base(); });
  if (it == files_.begin()) return nullptr;
  const SourceFile* file = (it - 1)->get();
  return file->Contains(pos) ? file : nullptr;
}

auto SourceMap::Format(Pos pos) const -> std::string {
  const SourceFile* file = FileOf(pos);
  if (file == nullptr) return "<unknown>";
  ReportedPos r = file->ReportedAt(file->OffsetOf(pos));
  std::string out = std::string(r.filename) + ":" + std::to_string(r.line);
  if (r.col != 0) out += ":" + std::to_string(r.col);
  return out;
}

auto HasDirective(const SourceMap& sources, Pos pos, std::string_view directive) -> bool {
  const SourceFile* f = sources.FileOf(pos);
  if (f == nullptr) return false;
  std::string_view text = f->text();
  size_t line_start = text.rfind('\n', f->OffsetOf(pos) == 0 ? 0 : f->OffsetOf(pos) - 1);
  while (line_start != std::string_view::npos && line_start > 0) {
    size_t prev = text.rfind('\n', line_start - 1);
    size_t begin = prev == std::string_view::npos ? 0 : prev + 1;
    std::string_view line = text.substr(begin, line_start - begin);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty() && !line.starts_with("//")) return false;
    // The directive is the comment's first word (gc ignores what follows it).
    if (line.starts_with(directive) &&
        (line.size() == directive.size() || line[directive.size()] == ' ' || line[directive.size()] == '\t')) {
      return true;
    }
    if (prev == std::string_view::npos) return false;
    line_start = prev;
  }
  return false;
}

}  // namespace gocc
