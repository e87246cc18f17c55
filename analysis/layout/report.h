// A layout report: for each struct found (collect.h) and each requested architecture, its
// layout, fieldalignment's suggested order and finding, and the 32-bit atomic-alignment
// warnings. The writers turn it into text, JSON (schema.json), vet's JSON, SVG or HTML.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "analysis/layout/collect.h"
#include "analysis/layout/layout.h"
#include "support/source.h"
#include "typecheck/sizes.h"

namespace gocc::layout {

inline constexpr int kSchemaVersion = 1;

struct Options {
  std::vector<const types::Arch*> archs;  // the first one's findings are the diagnostics
  int64_t cache_line = 64;
  int nested_depth = 2;    // levels of struct-typed fields expanded in FieldLayout::nested
  std::string type_regex;  // only structs whose name matches (RE2, unanchored)
};

struct ArchReport {
  const types::Arch* arch = nullptr;
  StructLayout layout;
  std::vector<int> optimal_order;  // field indices
  StructLayout optimal;            // the layout in optimal_order
  std::string message;             // fieldalignment's finding, or empty
  std::vector<std::string> warnings;
};

struct StructReport {
  std::string_view name;  // the FoundStruct's
  const FoundStruct* found = nullptr;
  ReportedPos pos;  // of the `struct` keyword
  std::vector<ArchReport> archs;
  std::vector<int> atomic_fields;  // field indices used with 64-bit sync/atomic functions
  bool positional_literal = false;
  bool has_blank_padding = false;  // a `_ [N]T` field
};

struct Report {
  Options options;
  std::vector<StructReport> structs;
  int skipped_files = 0;
  int unmatched = 0;
  // Whether any (not ignored) struct could be smaller on the first architecture (--check).
  auto CouldShrink() const -> bool;
};

auto Analyze(const PackageFacts& facts, const Options& options) -> Report;

// Analyzes the structs one at a time, handing each to `sink` and keeping none: the text, vet and
// JSON writers stream, so a large package costs no more memory than its biggest struct.
using StructSink = std::function<void(const StructReport&)>;
void AnalyzeEach(const PackageFacts& facts, const Options& options, const StructSink& sink);

// Whether s could be smaller on the first architecture (and is not ignored).
auto CouldShrink(const StructReport& s) -> bool;

// The streaming writers: WriteText/WriteVet/WriteJson are these in a loop.
// Returns false if nothing was written (struct{} is left out of the text). The text is buffered
// until WriteTextTrailer, which must end it.
auto WriteTextStruct(const StructReport& s, const Options& options, bool first, std::ostream& out)
    -> bool;
void WriteTextTrailer(int skipped_files, std::ostream& out);
void WriteVetStruct(const StructReport& s, std::ostream& out);
void WriteJsonBegin(const Options& options, int skipped_files, std::ostream& out);
void WriteJsonStruct(const StructReport& s, bool first, std::ostream& out);
void WriteJsonEnd(bool any, std::ostream& out);

// "file:line:col: message" lines exactly as fieldalignment prints them (first architecture).
void WriteVet(const Report& report, std::ostream& out);
// x/tools' analysis JSON: {"<pkg>": {"fieldalignment": [{"posn": ..., "message": ...}]}}.
void WriteVetJson(const Report& report, std::string_view package, std::ostream& out);
void WriteText(const Report& report, std::ostream& out);
void WriteJson(const Report& report, std::ostream& out);
void WriteSvg(const Report& report, std::ostream& out);
void WriteHtml(const Report& report, std::ostream& out);

// "file:line:col" of a reported position.
auto PosString(const ReportedPos& pos) -> std::string;

}  // namespace gocc::layout
