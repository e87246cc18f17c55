// Escape analysis (`gocc -m`): which allocation sites of the IR may live on the stack.
//
// The one entry point, Analyze, runs gc's algorithm (see graph.h for the essay) over every
// function of a Program, bottom-up by strongly connected components of the call graph, and
//   - clears kFlagHeap on the allocation sites (Alloc, MakeInterface, MakeClosure, MakeSlice,
//     Defer) whose memory does not outlive their frame, sets it on those whose memory does, so
//     codegen puts each one on the stack or the heap;
//   - returns gc's `-m` findings for the functions `Options::report` selects.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
#include <ostream>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "support/source.h"
#include "typecheck/sizes.h"

namespace gocc::escape {

// Parameter summaries by function name (gc's symbol: pkg.F, pkg.(*T).M), one entry per
// parameter: where its value leaks, [0] the heap, [1+i] result i, each derefs+1 (0: no leak).
// A function's summary depends only on it and its callees, so the summaries of a package can
// be kept from one run to the next, as gc keeps them in export data.
using ParamSummary = std::array<uint8_t, 8>;
using SummaryTable = std::unordered_map<std::string, std::vector<ParamSummary>>;

struct Options {
  int level = 1;                       // -m=N; 0 decides without collecting findings
  const types::Sizes* sizes = nullptr;  // for "too large for stack" (amd64 when null)
  // Whose findings are reported (default: functions of package main).
  std::function<bool(const ir::Function&)> report;
  // The sources, for the statements quoted by "ignoring self-assignment in ..." and in
  // explanations (optional).
  const SourceMap* sources = nullptr;
  // Explain why each site escapes and each parameter leaks (level 2 implies it).
  bool explain = false;
  // gc's -smallframes: objects over 128 KiB (declared) or 16 KiB (implicit) go to the heap,
  // instead of 10 MiB and 64 KiB.
  bool small_frames = false;
  // Summaries of external functions (no body built), by name: calls to them apply these, where
  // an external function without one leaks its arguments to the heap.
  const SummaryTable* imported = nullptr;
  // Receives the summary of every analysed function `export_filter` accepts.
  SummaryTable* exported = nullptr;
  std::function<bool(const ir::Function&)> export_filter;
};

// Why a finding holds, as gc's -m=2 prints it: a chain of flows from the location the finding
// is about to where it escapes or leaks to, each `dst = src` with the dereferences between
// ("&" for an address, "*" per dereference) and the instructions that made it.
struct FlowNote {
  Pos pos;
  std::string where;  // the expression or statement
  std::string why;    // "assign", "address-of", "call parameter", "interface-converted", ...
};
struct Flow {
  std::string dst;  // a variable, parameter or result name, {heap}, {storage for X}, {temp}
  std::string src;
  int derefs = 0;   // -1: src's address
  std::vector<FlowNote> notes;
};
struct Explanation {
  std::string header;  // "x escapes to heap:", "parameter p leaks to {heap} with derefs=0:"
  std::vector<Flow> flows;
  bool truncated = false;  // cut short at an assignment cycle (golang.org/issue/35518)
};

// What a finding says about its subject.
enum class Verdict : uint8_t {
  kHeap,     // moved to heap / escapes to heap
  kStack,    // does not escape (an allocation site)
  kLeak,     // a parameter leaks (to the heap, its content, or a result)
  kNoLeak,   // a parameter does not escape
  kInfo,     // devirtualization, self-assignment
};

struct Finding {
  Pos pos;
  std::string message;  // gc's text: "moved to heap: x", "leaking param: p", ...
  std::string subject;  // the variable, parameter or expression the message is about
  std::string function;  // the function it is in, as gc names it (main.f, main.(*T).M)
  Verdict verdict = Verdict::kInfo;
  std::optional<Explanation> why;  // with Options::explain, for kHeap and kLeak
};

auto Analyze(ir::Program& program, const Options& options) -> std::vector<Finding>;

// gc's order: by file, line and column, then in the order found; exact duplicates dropped.
// Prints `file:line:col: message` lines; at level 2 each explained finding comes after its
// explanation (gc's `-m=2` lines: the header, `  flow: ...:`, `    from ... (...) at ...`).
void PrintFindings(std::vector<Finding> findings, const SourceMap& sources, std::ostream& out, int level = 1);

// The same findings as a JSON array, one object per finding (docs/escape.md, "JSON"): pos,
// file, line, col, function, subject, verdict, message and the explanation (null without one).
void PrintFindingsJson(std::vector<Finding> findings, const SourceMap& sources, std::ostream& out);

}  // namespace gocc::escape
