// Outermost and Tarjan's strongly connected components (callgraph.h).
#include "ir/callgraph.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace gocc::ir {

auto Outermost(const Function* f) -> const Function* {
  while (f->parent != nullptr) f = f->parent;
  return f;
}

auto StronglyConnectedComponents(const std::vector<const Function*>& roots, const Successors& succs)
    -> std::vector<std::vector<const Function*>> {
  std::vector<std::vector<const Function*>> components;
  std::unordered_map<const Function*, int> index, low;
  std::vector<const Function*> stack;
  std::unordered_set<const Function*> on_stack;
  int next = 0;
  std::function<void(const Function*)> visit = [&](const Function* v) {
    index[v] = low[v] = next++;
    stack.push_back(v);
    on_stack.insert(v);
    for (const Function* w : succs(v)) {
      if (!index.contains(w)) {
        visit(w);
        low[v] = std::min(low[v], low[w]);
      } else if (on_stack.contains(w)) {
        low[v] = std::min(low[v], index[w]);
      }
    }
    if (low[v] != index[v]) return;
    auto first = std::find(stack.begin(), stack.end(), v);
    for (auto it = first; it != stack.end(); ++it) on_stack.erase(*it);
    components.emplace_back(first, stack.end());
    stack.erase(first, stack.end());
  };
  for (const Function* r : roots) {
    if (!index.contains(r)) visit(r);
  }
  return components;
}

}  // namespace gocc::ir
