// The verifier: structural and type checks that every pass must preserve.
//
// Blocks: exactly one terminator, last; Jump has one successor, If two, the others none; preds
// and succs mirror each other; phis come first and have one operand per predecessor.
// Values: operands are non-null (but Slice's optional bounds and MakeMap's hint), belong to this
// function (or are program-level), and every use is dominated by its definition (a phi's operand
// by the end of the matching predecessor); unreachable blocks are not checked for dominance.
// Types: the ones Go fixes (Load yields the pointer's element, Store stores it, If tests a bool,
// phi operands and BinOp operands are identical to each other, Return matches the results).
//
// Returns one message per problem, "func: bN: tM: what", empty when the function is well formed.
#pragma once

#include <string>
#include <vector>

#include "ir/ir.h"

namespace gocc::ir {

auto Verify(const Function& fn) -> std::vector<std::string>;
auto Verify(const Program& program) -> std::vector<std::string>;

}  // namespace gocc::ir
