// Cooper-Harvey-Kennedy dominators (see dom.h).
#include "ir/dom.h"

#include <algorithm>

namespace gocc::ir {

DomTree::DomTree(const Function& fn) {
  uint32_t n = fn.num_blocks();
  idom_.assign(n, nullptr);
  postorder_.assign(n, -1);
  if (n == 0) return;
  // Iterative depth-first search for the postorder.
  std::vector<Block*> order;
  std::vector<bool> seen(n, false);
  std::vector<std::pair<Block*, size_t>> stack{{fn.entry(), 0}};
  seen[0] = true;
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    if (next < b->succs.size()) {
      Block* s = b->succs[next++];
      if (!seen[s->id]) {
        seen[s->id] = true;
        stack.emplace_back(s, 0);
      }
      continue;
    }
    postorder_[b->id] = static_cast<int32_t>(order.size());
    order.push_back(b);
    stack.pop_back();
  }
  rpo_.assign(order.rbegin(), order.rend());

  Block* entry = fn.entry();
  idom_[entry->id] = entry;
  auto intersect = [&](Block* a, Block* b) {
    while (a != b) {
      while (postorder_[a->id] < postorder_[b->id]) a = idom_[a->id];
      while (postorder_[b->id] < postorder_[a->id]) b = idom_[b->id];
    }
    return a;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (Block* b : rpo_) {
      if (b == entry) continue;
      Block* new_idom = nullptr;
      for (Block* p : b->preds) {
        if (postorder_[p->id] < 0 || idom_[p->id] == nullptr) continue;
        new_idom = new_idom == nullptr ? p : intersect(p, new_idom);
      }
      if (new_idom != idom_[b->id]) {
        idom_[b->id] = new_idom;
        changed = true;
      }
    }
  }
  idom_[entry->id] = nullptr;
}

auto DomTree::Dominates(const Block* a, const Block* b) const -> bool {
  if (!Reachable(b)) return false;
  for (const Block* x = b; x != nullptr; x = idom_[x->id]) {
    if (x == a) return true;
  }
  return false;
}

}  // namespace gocc::ir
