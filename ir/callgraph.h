// Call-graph helpers shared by the inliner (ir/inline.cpp) and escape analysis
// (analysis/escape/escape.cpp), which both visit functions bottom-up as gc's
// ir.VisitFuncsBottomUp does.
#pragma once

#include <functional>
#include <vector>

#include "ir/ir.h"

namespace gocc::ir {

// The declared function a literal is nested in (f itself for a declared function).
auto Outermost(const Function* f) -> const Function*;

// The strongly connected components of the graph reached from roots (searched in their order)
// through succs, by Tarjan's algorithm: each component comes after every component it reaches
// (bottom-up), its members in the order the search first reached them.
using Successors = std::function<const std::vector<const Function*>&(const Function*)>;
auto StronglyConnectedComponents(const std::vector<const Function*>& roots, const Successors& succs)
    -> std::vector<std::vector<const Function*>>;

}  // namespace gocc::ir
