// Dominators, by Cooper, Harvey and Kennedy's "A Simple, Fast Dominance Algorithm": iterate
// idom[b] = intersect(idom of b's processed predecessors) over the blocks in reverse postorder
// until nothing changes; intersect walks the two candidates up the tree by postorder number.
// For the CFGs of structured programs it converges in two or three passes.
#pragma once

#include <cstdint>
#include <vector>

#include "ir/ir.h"

namespace gocc::ir {

class DomTree {
 public:
  explicit DomTree(const Function& fn);

  auto Reachable(const Block* b) const -> bool { return postorder_[b->id] >= 0; }
  // The immediate dominator (nullptr for the entry and unreachable blocks).
  auto Idom(const Block* b) const -> Block* { return idom_[b->id]; }
  // Whether a dominates b (every block dominates itself).
  auto Dominates(const Block* a, const Block* b) const -> bool;
  // Reachable blocks in reverse postorder.
  auto ReversePostorder() const -> const std::vector<Block*>& { return rpo_; }

 private:
  std::vector<Block*> idom_;     // by block id
  std::vector<int32_t> postorder_;  // by block id; -1 unreachable
  std::vector<Block*> rpo_;
};

}  // namespace gocc::ir
