// --fix and --diff: reorder a struct's fields in the source to fieldalignment's order.
//
// The rewrite moves text, it never prints syntax: each field is a chunk of lines (its doc
// comment lines, the field with its tag and line comment), and the chunks are permuted; blank
// lines stay where they were. So comments, tags and `a, b T` groups survive (fieldalignment's own
// fix prints the fields anew and drops comments). A struct on one line is rewritten as one line.
//
// A struct is left alone, with the reason, when
//  - a positional composite literal of it exists (T{1, "x"} would no longer compile, or worse),
//  - it has `_ [N]T` padding fields (someone laid it out by hand),
//  - the new order would put a field used with 64-bit sync/atomic functions at an offset that is
//    not a multiple of 8 on a 32-bit target (386, arm),
//  - the new order would split a group `a, b T`, or fields share a line in a multi-line struct,
//  - it is nested in a struct that is rewritten too (run --fix again).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "analysis/layout/report.h"

namespace gocc::layout {

struct FixOutcome {
  const StructReport* report = nullptr;
  bool applied = false;
  std::string reason;  // why not, when !applied
};

struct FileFix {
  const SourceFile* file = nullptr;
  std::string text;  // the rewritten file
  std::vector<FixOutcome> outcomes;
  int first_line = 0, last_line = 0;
  std::vector<std::pair<int, int>> changed_lines;  // [first, last] 1-based, per rewrite
};

// The rewrites for every struct of the report that fieldalignment's order improves.
auto PlanFixes(const Report& report) -> std::vector<FileFix>;

// A unified diff of one file's rewrite (the line count never changes).
void WriteDiff(const FileFix& fix, std::ostream& out);

}  // namespace gocc::layout
