// The back-end commands: gocc compile/build, run, ir and llvm.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "driver/frontend.h"
#include "typecheck/check.h"
#include "typecheck/info.h"

namespace gocc::driver {

// A checked program: every package in dependency order (main last) and the checker's basic types.
struct LoadedProgram {
  struct Package {
    std::string path;
    std::vector<ast::File*> files;
    const types::Package* package = nullptr;
  };
  std::vector<Package> packages;
  std::array<const types::Basic*, static_cast<size_t>(types::BasicKind::UntypedNil) + 1> basics{};
};

// Parses and type-checks `inputs` (files or one directory) as package main with its imports,
// recording into *info. Returns 0, or the exit code to stop with (diagnostics are printed).
// Defined in main.cpp.
auto LoadProgram(const std::vector<std::string>& inputs, Frontend& fe, types::Info* info,
                 LoadedProgram* program) -> int;

struct BackendOptions {
  std::vector<std::string> inputs;
  std::string output;          // compile: -o
  int opt_level = 2;           // -O0..-O3
  bool debug_info = false;     // -g
  std::string func;            // ir: --func=NAME
  std::vector<std::string> args;  // run: the program's arguments
  int escape_report = 0;       // -m[=N]: print escape analysis findings (gc's -m lines)
};

// Escape analysis decides heap or stack for every allocation site unless GOCCDEBUG has
// noescape=1 (everything on the heap, for comparing).
auto EscapeAnalysisEnabled() -> bool;

auto RunCompile(const BackendOptions& opts) -> int;
auto RunRun(const BackendOptions& opts) -> int;
auto RunIr(const BackendOptions& opts) -> int;
auto RunLlvm(const BackendOptions& opts) -> int;
// gocc -m[=N] [-l] FILES|DIR: the escape report without code generation.
auto RunEscape(const BackendOptions& opts) -> int;

}  // namespace gocc::driver
