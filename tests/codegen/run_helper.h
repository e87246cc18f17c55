// Compiles a hand-built IR program to an executable with the real runtime (libgoccrt.a) and runs
// it, for the end-to-end codegen tests.
#pragma once

#include <string>

#include "ir/ir.h"

namespace gocc::testing {

struct RunResult {
  std::string error;  // compile/link problem; empty when the program ran
  std::string out;
  std::string err;
  int exit_code = -1;
};

auto CompileAndRun(const ir::Program& program, int opt_level) -> RunResult;

}  // namespace gocc::testing
