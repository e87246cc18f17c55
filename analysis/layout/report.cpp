#include "analysis/layout/report.h"

#include <re2/re2.h>

#include <algorithm>
#include <memory>

namespace gocc::layout {

auto PosString(const ReportedPos& pos) -> std::string {
  std::string s(pos.filename);
  s += ':' + std::to_string(pos.line);
  if (pos.col != 0) s += ':' + std::to_string(pos.col);
  return s;
}

auto CouldShrink(const StructReport& s) -> bool {
  return !s.found->ignored && !s.archs.empty() && s.archs[0].optimal.size < s.archs[0].layout.size;
}

auto Report::CouldShrink() const -> bool {
  return std::any_of(structs.begin(), structs.end(),
                     [](const StructReport& s) { return layout::CouldShrink(s); });
}

namespace {

// Fills *s for `found`, reusing the memory of the report it held before.
void AnalyzeStruct(const FoundStruct& found, const PackageFacts& facts, const Options& options,
                   std::vector<Layouter>& layouters, StructReport* s) {
  s->name = found.name;
  s->found = &found;
  s->pos = found.file->ReportedAt(found.file->OffsetOf(found.node->pos));
  s->positional_literal = facts.positional_literals.count(found.type) != 0;
  s->atomic_fields.clear();
  s->has_blank_padding = false;
  for (size_t i = 0; i < found.type->fields.size(); ++i) {
    const types::Var& v = found.type->fields[i];
    if (!facts.atomic_fields.empty() &&
        facts.atomic_fields.count({found.type, static_cast<int>(i)}) != 0) {
      s->atomic_fields.push_back(static_cast<int>(i));
    }
    if (v.name == "_" && types::As<types::Array>(types::Underlying(v.type))) {
      s->has_blank_padding = true;
    }
  }
  s->archs.resize(options.archs.size());
  for (size_t k = 0; k < options.archs.size(); ++k) {
    const types::Arch* arch = options.archs[k];
    ArchReport& a = s->archs[k];
    a.arch = arch;
    layouters[k].Of(found.type, options.cache_line, options.nested_depth, &a.layout);
    OptimalOrder(a.layout, &a.optimal_order);
    Reordered(a.layout, a.optimal_order, options.cache_line, &a.optimal);
    a.message = FieldAlignmentMessage(a.layout, a.optimal);
    a.warnings.clear();
    if (arch->ptr_size == 4) {
      for (int i : s->atomic_fields) {
        const FieldLayout& f = a.layout.fields[i];
        if (f.offset % 8 != 0) {
          a.warnings.push_back("field " + std::string(f.name) + " (" + f.type() +
                               ") is used by 64-bit sync/atomic functions but sits at offset " +
                               std::to_string(f.offset) + " on " + std::string(arch->name) +
                               ": it must be 8-byte aligned (move it first, or use atomic." +
                               (f.type().find("uint") != std::string::npos ? "Uint64" : "Int64") +
                               ")");
        }
      }
    }
  }
}

}  // namespace

void AnalyzeEach(const PackageFacts& facts, const Options& options, const StructSink& sink) {
  std::unique_ptr<RE2> filter;
  if (!options.type_regex.empty()) filter = std::make_unique<RE2>(options.type_regex);
  std::vector<Layouter> layouters;
  for (const types::Arch* arch : options.archs) layouters.emplace_back(*arch);
  StructReport report;  // one at a time, its memory reused
  for (const FoundStruct& found : facts.structs) {
    if (filter && !RE2::PartialMatch(found.name, *filter)) continue;
    AnalyzeStruct(found, facts, options, layouters, &report);
    sink(report);
  }
}

auto Analyze(const PackageFacts& facts, const Options& options) -> Report {
  Report report;
  report.options = options;
  report.skipped_files = facts.skipped_files;
  report.unmatched = facts.unmatched;
  report.structs.reserve(facts.structs.size());
  AnalyzeEach(facts, options, [&](const StructReport& s) { report.structs.push_back(s); });
  return report;
}

}  // namespace gocc::layout
