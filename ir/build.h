// The AST -> IR builder's entry point: turns the type-checked packages of a program into one
// ir::Program (docs/ir.md, "Building from the AST").
#pragma once

#include <memory>
#include <span>
#include <string_view>

#include "ast/ast.h"
#include "ir/ir.h"
#include "support/diagnostics.h"
#include "typecheck/check.h"
#include "typecheck/info.h"
#include "typecheck/sizes.h"

namespace gocc::ir {

// One checked package: its import path ("main" for the program), its files and the checker's
// Package (the key of Info::init_order).
struct PackageFiles {
  std::string_view path;
  std::span<ast::File* const> files;
  const types::Package* package = nullptr;
  // false: declare the package's functions, types and variables without building bodies or
  // its initialiser (its functions stay external: Function::IsExternal). For escape analysis
  // with summaries of the package from an earlier run; not for code generation.
  bool bodies = true;
  // Compute gc's inline cost of each function (Function::inline_cost; the program's package
  // when inlining is on).
  bool inline_costs = false;
};

// Builds every function, method, package variable and the package initialisers of `packages`
// (dependency order, main last). Constructs gocc cannot compile yet (go statements, channels,
// select) are reported to diags as `gocc: ... are not supported yet`; the result is then
// incomplete and must not be compiled. `basic` gives the checker's basic types. With `prune`,
// functions main.main and main.init cannot reach are dropped (build_prune.cpp); escape analysis
// of a package without main (`gocc -m`) keeps them all.
auto BuildProgram(std::span<const PackageFiles> packages, const types::Info& info,
                  const types::Sizes& sizes, Program::BasicLookup basic, Diagnostics& diags,
                  bool prune = true) -> std::unique_ptr<Program>;

}  // namespace gocc::ir
