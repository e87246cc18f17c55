// The front half of the back-end commands, shared by both gocc executables (driver/compile.h):
// a checked program through the IR builder, the IR passes and escape analysis. gocc-llvm
// continues from here to LLVM (compile.cpp).
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "analysis/escape/escape.h"
#include "driver/compile.h"
#include "ir/ir.h"
#include "typecheck/info.h"

namespace gocc::driver {

constexpr int kExitErrors = 1;
constexpr int kExitUnsupported = 2;

// One compilation: the front end's state, the checker's records and the IR.
struct Compilation {
  Frontend fe;
  types::Info info;
  LoadedProgram loaded;
  std::unique_ptr<ir::Program> program;
  // gocc -m with cached summaries (summaries.h): the imports are checked for their declarations
  // only and get no IR bodies; calls into them apply `imported`. `exported` receives the
  // summaries of the imports' functions when they are analysed.
  bool imports_declared_only = false;
  const escape::SummaryTable* imported = nullptr;
  escape::SummaryTable* exported = nullptr;
};

void PrintErrors(Compilation& c);

// Front end, IR builder and the default IR passes (verified); with `prune` (a whole program),
// only what main reaches, and every function of the user's package needs a body. With
// `escape_out`, escape analysis runs before dead-code elimination, as gc's runs on the whole
// syntax tree: an allocation whose value is never used (`p = new(int); _ = p`) still gets its
// line, printed to *escape_out.
auto BuildIr(const BackendOptions& opts, Compilation& c, bool prune = true, std::ostream* escape_out = nullptr)
    -> int;
// BuildIr in two steps: the front end (errors printed), then the rest.
auto LoadChecked(const BackendOptions& opts, Compilation& c, bool prune) -> int;
auto BuildLoaded(const BackendOptions& opts, Compilation& c, bool prune, std::ostream* escape_out) -> int;

// go build's default name: the directory's base name, or the first file's without .go.
auto DefaultOutput(const std::vector<std::string>& inputs) -> std::string;

}  // namespace gocc::driver
