// The back-end commands: gocc compile/build, run, ir, llvm and -m.
//
// They are served by two executables built from the same sources: gocc-llvm
// links LLVM, statically, and runs every command; gocc leaves LLVM out and passes compile, run
// and llvm on to gocc-llvm. Loading LLVM costs about 20 ms (its static constructors and the
// page faults they take), more than the whole of gocc -m or check on a small file.
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
// imports_declarations_only: the imported packages' function bodies are not checked (gocc -m
// with their escape summaries cached, summaries.h). Defined in main.cpp.
auto LoadProgram(const std::vector<std::string>& inputs, Frontend& fe, types::Info* info,
                 LoadedProgram* program, bool imports_declarations_only = false) -> int;

constexpr int kExitUsage = 2;  // a bad flag or argument

struct BackendOptions {
  std::vector<std::string> inputs;
  std::string output;          // compile: -o
  int opt_level = 2;           // -O0..-O3
  bool debug_info = false;     // -g
  std::string func;            // ir: --func=NAME
  bool inline_costs = false;   // ir: --inline-costs
  std::vector<std::string> args;  // run: the program's arguments
  int escape_report = 0;       // -m[=N]: print escape analysis findings (gc's -m lines)
  bool escape_json = false;    // --json with -m: the findings as JSON, each with its explanation
  bool small_frames = false;   // -smallframes with -m: gc's lower stack size limits
  bool no_inline = false;      // -l: no inlining (ir/inline.h), as gc's -l
  std::string march = "native";  // -march: the CPU to build for (codegen::CodegenOptions)
};

// Escape analysis decides heap or stack for every allocation site unless GOCCDEBUG has
// noescape=1 (everything on the heap, for comparing).
auto EscapeAnalysisEnabled() -> bool;

// gocc ir, and gocc -m[=N] [-l] FILES|DIR (the escape report without code generation):
// pipeline.cpp, in both executables.
auto RunIr(const BackendOptions& opts) -> int;
auto RunEscape(const BackendOptions& opts) -> int;

// The commands that need LLVM. gocc-llvm runs them (compile.cpp); gocc, which does not link
// LLVM, hands its whole command line to gocc-llvm (exec_llvm.cpp).
auto RunCompile(const BackendOptions& opts) -> int;
auto RunRun(const BackendOptions& opts) -> int;
auto RunLlvm(const BackendOptions& opts) -> int;

// The command line gocc was started with, null-terminated for execv; main fills it in.
auto CommandLine() -> std::vector<char*>&;

}  // namespace gocc::driver
