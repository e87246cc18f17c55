// The pass table: every IR-to-IR pass by name, run in the order asked, with the verifier between
// passes when asked (tests and debug builds always ask). Later passes (escape analysis lives in
// analysis/ and only annotates; inlining and bounds-check elimination later) join the table.
#pragma once

#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ir/ir.h"

namespace gocc::ir {

struct Pass {
  std::string_view name;
  std::string_view summary;
  void (*run)(Function& fn);
};

auto Passes() -> std::span<const Pass>;
auto FindPass(std::string_view name) -> const Pass*;
// The passes gocc runs by default, in order.
auto DefaultPipeline() -> std::vector<std::string_view>;

struct PassOptions {
  bool verify = false;               // run the verifier before the first and after every pass
  std::ostream* dump_after = nullptr;  // print each function after each pass
};

// Runs the named passes over every function with blocks. Returns false (with messages in
// *errors, prefixed by the pass after which they appeared) on an unknown pass or a verifier
// failure, which stops the pipeline.
auto RunPasses(Program& program, std::span<const std::string_view> names, const PassOptions& options,
               std::vector<std::string>* errors) -> bool;

// The passes themselves, callable directly.
void RemoveUnreachableBlocks(Function& fn);
void EliminateDeadCode(Function& fn);

}  // namespace gocc::ir
