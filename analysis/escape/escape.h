// Escape analysis (`gocc -m`): which allocation sites of the IR may live on the stack.
//
// The one entry point, Analyze, runs gc's algorithm (see graph.h for the essay) over every
// function of a Program, bottom-up by strongly connected components of the call graph, and
//   - clears kFlagHeap on the allocation sites (Alloc, MakeInterface, MakeClosure, MakeSlice,
//     Defer) whose memory does not outlive their frame, sets it on those whose memory does, so
//     codegen puts each one on the stack or the heap;
//   - returns gc's `-m` findings for the functions `Options::report` selects.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "support/source.h"
#include "typecheck/sizes.h"

namespace gocc::escape {

struct Options {
  int level = 1;                       // -m=N; 0 decides without collecting findings
  const types::Sizes* sizes = nullptr;  // for "too large for stack" (amd64 when null)
  // Whose findings are reported (default: functions of package main).
  std::function<bool(const ir::Function&)> report;
  // The sources, for the statements quoted by "ignoring self-assignment in ..." (optional).
  const SourceMap* sources = nullptr;
};

struct Finding {
  Pos pos;
  std::string message;  // gc's text: "moved to heap: x", "leaking param: p", ...
};

auto Analyze(ir::Program& program, const Options& options) -> std::vector<Finding>;

// gc's order: by file, line and column, then in the order found; exact duplicates dropped.
// Prints `file:line:col: message` lines.
void PrintFindings(std::vector<Finding> findings, const SourceMap& sources, std::ostream& out);

}  // namespace gocc::escape
