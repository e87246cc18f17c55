#include "analysis/layout/fix.h"

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>

namespace gocc::layout {
namespace {

// Skips spaces and comments from `i`.
auto SkipSpace(std::string_view text, size_t i) -> size_t {
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r') {
      ++i;
    } else if (text.substr(i, 2) == "//") {
      i = text.find('\n', i);
      if (i == std::string_view::npos) return text.size();
    } else if (text.substr(i, 2) == "/*") {
      i = text.find("*/", i + 2);
      if (i == std::string_view::npos) return text.size();
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// The `}` matching the `{` at `open`, skipping strings, runes and comments.
auto MatchingBrace(std::string_view text, size_t open) -> std::optional<size_t> {
  int depth = 0;
  for (size_t i = open; i < text.size(); ++i) {
    char c = text[i];
    if (c == '/' && i + 1 < text.size() && (text[i + 1] == '/' || text[i + 1] == '*')) {
      size_t end = SkipSpace(text, i);
      i = end - 1;
      continue;
    }
    if (c == '"' || c == '\'') {
      for (++i; i < text.size() && text[i] != c && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
      continue;
    }
    if (c == '`') {
      i = text.find('`', i + 1);
      if (i == std::string_view::npos) return std::nullopt;
      continue;
    }
    if (c == '{') ++depth;
    if (c == '}' && --depth == 0) return i;
  }
  return std::nullopt;
}

auto LineStart(std::string_view text, size_t i) -> size_t {
  size_t nl = i == 0 ? std::string_view::npos : text.rfind('\n', i - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

auto NextLine(std::string_view text, size_t i) -> size_t {
  size_t nl = text.find('\n', i);
  return nl == std::string_view::npos ? text.size() : nl + 1;
}

auto LineOf(std::string_view text, size_t i) -> int {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(i), '\n'));
}

auto IsBlank(std::string_view line) -> bool {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

auto IsCommentLine(std::string_view line) -> bool {
  size_t i = line.find_first_not_of(" \t");
  return i != std::string_view::npos && line.substr(i, 2) == "//";
}

auto TrimRight(std::string_view s) -> std::string_view {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == ';')) s.remove_suffix(1);
  return s;
}

struct Edit {
  size_t begin, end;  // byte range of the original text
  std::string text;
  const StructReport* report;
};

// The order of the syntax's fields (groups `a, b T` are one) for the new var order, or a reason.
auto FieldOrder(const StructReport& s, const std::vector<int>& var_order, std::vector<int>* out)
    -> std::string {
  std::vector<int> field_of_var;
  const auto& fields = s.found->node->fields;
  for (size_t i = 0; i < fields.size(); ++i) {
    size_t n = std::max<size_t>(1, fields[i]->names.size());
    for (size_t k = 0; k < n; ++k) field_of_var.push_back(static_cast<int>(i));
  }
  if (field_of_var.size() != s.found->type->fields.size()) return "fields do not match the syntax";
  std::vector<bool> seen(fields.size(), false);
  for (int v : var_order) {
    int f = field_of_var[static_cast<size_t>(v)];
    if (!out->empty() && out->back() == f) continue;
    if (seen[static_cast<size_t>(f)]) return "the new order would split a group of fields";
    seen[static_cast<size_t>(f)] = true;
    out->push_back(f);
  }
  return "";
}

auto PlanEdit(const StructReport& s, std::string_view text, Edit* edit) -> std::string {
  const ArchReport& a = s.archs[0];
  if (s.positional_literal) {
    return "a positional composite literal of this type exists; reordering would change its "
           "meaning";
  }
  if (s.has_blank_padding) return "it has `_` padding fields (laid out by hand)";
  for (const char* name : {"386", "arm"}) {
    types::Sizes sizes(*types::FindArch(name));
    StructLayout l = LayoutInOrder(s.found->type, a.optimal_order, sizes);
    for (const FieldLayout& f : l.fields) {
      if (f.offset % 8 != 0 &&
          std::find(s.atomic_fields.begin(), s.atomic_fields.end(), f.index) !=
              s.atomic_fields.end()) {
        return "field " + std::string(f.name) + " is used by 64-bit sync/atomic functions and would sit at "
               "offset " + std::to_string(f.offset) + " on " + name;
      }
    }
  }
  std::vector<int> order;
  if (std::string why = FieldOrder(s, a.optimal_order, &order); !why.empty()) return why;
  const SourceFile& file = *s.found->file;
  size_t kw = file.OffsetOf(s.found->node->pos);
  size_t open = SkipSpace(text, kw + 6);
  if (open >= text.size() || text[open] != '{') return "cannot find the struct's `{`";
  std::optional<size_t> close = MatchingBrace(text, open);
  if (!close) return "cannot find the struct's `}`";
  const auto& fields = s.found->node->fields;
  std::vector<size_t> starts;
  for (const ast::Field* f : fields) {
    Pos p = f->names.empty() ? ast::StartPos(f->type) : f->names[0]->pos;
    starts.push_back(file.OffsetOf(p));
  }
  edit->report = &s;
  if (text.substr(open, *close - open).find('\n') == std::string_view::npos) {
    // One line: `struct{ a bool; b int64 }`.
    std::vector<std::string_view> chunks;
    for (size_t i = 0; i < starts.size(); ++i) {
      size_t end = i + 1 < starts.size() ? starts[i + 1] : *close;
      chunks.push_back(TrimRight(text.substr(starts[i], end - starts[i])));
      while (!chunks.back().empty() && chunks.back().back() == ' ') chunks.back().remove_suffix(1);
    }
    size_t last_end = starts.back() + chunks.back().size();
    std::string body;
    for (size_t i = 0; i < order.size(); ++i) {
      if (i) body += "; ";
      body += chunks[static_cast<size_t>(order[i])];
    }
    edit->begin = starts.front();
    edit->end = last_end;
    edit->text = body;
    return "";
  }
  // Several lines: every field must start a line of its own.
  size_t region_begin = NextLine(text, open);
  size_t region_end = LineStart(text, *close);
  if (!IsBlank(text.substr(region_end, *close - region_end))) {
    return "the closing brace shares a line with a field";
  }
  std::vector<size_t> chunk_begin;
  for (size_t i = 0; i < starts.size(); ++i) {
    size_t ls = LineStart(text, starts[i]);
    // Only spaces and /* comments */ may precede a field on its line.
    if (ls < region_begin || SkipSpace(text, ls) != starts[i] ||
        text.substr(ls, starts[i] - ls).find("//") != std::string_view::npos) {
      return "fields share a line";
    }
    // Doc comment lines right above belong to the field.
    size_t floor = i == 0 ? region_begin : NextLine(text, starts[i - 1]);
    while (ls > floor) {
      size_t prev = LineStart(text, ls - 1);
      if (!IsCommentLine(text.substr(prev, ls - prev))) break;
      ls = prev;
    }
    if (!chunk_begin.empty() && ls <= chunk_begin.back()) return "fields share a line";
    chunk_begin.push_back(ls);
  }
  // Chunk i is [chunk_begin[i], chunk_begin[i+1]); its trailing blank lines stay in place.
  std::vector<std::string_view> body, blank;
  for (size_t i = 0; i < chunk_begin.size(); ++i) {
    size_t end = i + 1 < chunk_begin.size() ? chunk_begin[i + 1] : region_end;
    size_t body_end = end;
    while (body_end > chunk_begin[i]) {
      size_t ls = LineStart(text, body_end - 1);
      if (!IsBlank(text.substr(ls, body_end - ls))) break;
      body_end = ls;
    }
    body.push_back(text.substr(chunk_begin[i], body_end - chunk_begin[i]));
    blank.push_back(text.substr(body_end, end - body_end));
  }
  std::string out;
  for (size_t i = 0; i < order.size(); ++i) {
    out += body[static_cast<size_t>(order[i])];
    out += blank[i];
  }
  edit->begin = chunk_begin.front();
  edit->end = region_end;
  edit->text = out;
  return "";
}

}  // namespace

auto PlanFixes(const Report& report) -> std::vector<FileFix> {
  std::map<const SourceFile*, std::vector<Edit>> edits;
  std::map<const SourceFile*, FileFix> fixes;
  std::vector<const SourceFile*> order;
  for (const StructReport& s : report.structs) {
    if (s.found->ignored || s.archs[0].message.empty()) continue;
    const SourceFile* file = s.found->file;
    if (fixes.count(file) == 0) {
      fixes[file].file = file;
      order.push_back(file);
    }
    Edit edit{};
    std::string why = PlanEdit(s, file->text(), &edit);
    if (why.empty()) {
      for (const Edit& other : edits[file]) {
        if (edit.begin < other.end && other.begin < edit.end) {
          why = "it is nested in a struct that is rewritten (run --fix again)";
        }
      }
    }
    if (why.empty()) edits[file].push_back(edit);
    fixes[file].outcomes.push_back(FixOutcome{&s, why.empty(), why});
  }
  std::vector<FileFix> result;
  for (const SourceFile* file : order) {
    FileFix fix = std::move(fixes[file]);
    std::vector<Edit>& list = edits[file];
    std::sort(list.begin(), list.end(), [](const Edit& a, const Edit& b) { return a.begin < b.begin; });
    std::string_view text = file->text();
    size_t at = 0;
    for (const Edit& e : list) {
      fix.text.append(text.substr(at, e.begin - at));
      fix.text += e.text;
      at = e.end;
      size_t last = e.end > e.begin ? e.end - 1 : e.begin;
      fix.changed_lines.push_back({LineOf(text, e.begin), LineOf(text, last)});
    }
    fix.text.append(text.substr(at));
    result.push_back(std::move(fix));
  }
  return result;
}

void WriteDiff(const FileFix& fix, std::ostream& out) {
  if (fix.changed_lines.empty()) return;
  auto split = [](std::string_view text) {
    std::vector<std::string_view> lines;
    for (size_t pos = 0; pos < text.size();) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size() - 1;
      lines.push_back(text.substr(pos, nl + 1 - pos));
      pos = nl + 1;
    }
    return lines;
  };
  std::vector<std::string_view> old_lines = split(fix.file->text());
  std::vector<std::string_view> new_lines = split(fix.text);
  const std::string& path = fix.file->path();
  out << "--- " << path << "\n+++ " << path << "\n";
  constexpr int kContext = 3;
  int n = static_cast<int>(old_lines.size());
  // Changed ranges, trimmed of unchanged lines at both ends, in order.
  std::vector<std::pair<int, int>> ranges;
  for (auto [first, last] : fix.changed_lines) {
    while (first <= last && old_lines[first - 1] == new_lines[first - 1]) ++first;
    while (last >= first && old_lines[last - 1] == new_lines[last - 1]) --last;
    if (first <= last) ranges.push_back({first, last});
  }
  auto emit = [&](char mark, std::string_view line) {
    out << mark << line;
    if (line.empty() || line.back() != '\n') out << "\n\\ No newline at end of file\n";
  };
  // Ranges closer than two contexts share a hunk.
  for (size_t i = 0; i < ranges.size();) {
    size_t j = i;
    while (j + 1 < ranges.size() && ranges[j + 1].first - ranges[j].second <= 2 * kContext) ++j;
    int from = std::max(1, ranges[i].first - kContext);
    int to = std::min(n, ranges[j].second + kContext);
    out << "@@ -" << from << "," << to - from + 1 << " +" << from << "," << to - from + 1
        << " @@\n";
    int line = from;
    for (size_t k = i; k <= j; ++k) {
      for (; line < ranges[k].first; ++line) emit(' ', old_lines[line - 1]);
      for (int l = ranges[k].first; l <= ranges[k].second; ++l) emit('-', old_lines[l - 1]);
      for (int l = ranges[k].first; l <= ranges[k].second; ++l) emit('+', new_lines[l - 1]);
      line = ranges[k].second + 1;
    }
    for (; line <= to; ++line) emit(' ', old_lines[line - 1]);
    i = j + 1;
  }
}

}  // namespace gocc::layout
