// The inliner: gc's mid-stack inlining (cmd/compile/internal/inline) on the IR, before escape
// analysis, so that escape analysis sees through small functions as gc's does.
#pragma once

#include "ir/ir.h"

namespace gocc::ir {

// Replaces, in every function of the user's package, each static call of a function whose
// inline_cost the builder set (ir/inline_cost.cpp) by a copy of the callee's body, as gc does:
// callees costing at most 80 (at most 20 in a "big" caller), not the caller itself, and not a
// function already being expanded at that call (a recursive cycle stops where it would repeat).
// Calls inside an inlined body are inlined in turn. The copies take the call's position (gc
// reports what happens in an inlined body at the outermost call), parameters become variables
// holding the arguments, and returns join in a new block.
//
// report_level is `-m`'s: gc's "can inline f" lines (with the cost and body at level 2, and
// "cannot inline f: reason" for the rest) and "inlining call to f" become Function::remarks.
void InlineCalls(Program& program, int report_level);

}  // namespace gocc::ir
