// The solver: gc's walkAll / walkOne / outlives (escape/solve.go), on our locations.
#include "analysis/escape/graph.h"

#include <algorithm>

namespace gocc::escape {

Graph::Graph() {
  heap_.kind = LocKind::kHeap;
  heap_.escapes = true;
  heap_.loop_depth = 0;
  blank_.kind = LocKind::kBlank;
}

auto Graph::NewLocation(LocKind kind, const ir::Function* fn, int loop_depth) -> Location* {
  Location& l = locs_.emplace_back();
  l.kind = kind;
  l.fn = fn;
  l.loop_depth = loop_depth;
  return &l;
}

void Graph::Flow(Location* dst, int derefs, Location* src) {
  if (dst == nullptr || src == nullptr || dst == &blank_) return;
  if (dst == src && derefs >= 0) return;  // x = x, x = *x: nothing new
  if (dst->escapes && derefs < 0) {       // heap = &x
    if (explain_ && !src->escapes) src->escape_path.steps.push_back(Step{dst, src, derefs, where_, why_});
    src->escapes = true;
    return;
  }
  dst->edges.push_back(Edge{src, derefs, where_, why_});
}

// gc's explainPath: from src along the edges the walk from root came by.
auto Graph::ExplainPath(const Location* root, Location* src) const -> Path {
  Path path;
  std::vector<const Location*> visited;
  while (src != root && src->dst != nullptr) {
    if (std::find(visited.begin(), visited.end(), src) != visited.end()) {
      path.truncated = true;
      break;
    }
    visited.push_back(src);
    const Edge& e = src->dst->edges[static_cast<size_t>(src->dst_edge)];
    path.steps.push_back(Step{src->dst, src, e.derefs, e.where, e.why});
    src = src->dst;
  }
  return path;
}

// Whether l's value lives longer than `other` may: then other's address must not reach l.
auto Graph::Outlives(const Location* l, const Location* other) const -> bool {
  if (l->escapes) return true;
  if (l->kind == LocKind::kResult) {
    // A directly called closure's results go to its caller's frame, which outlives nothing of
    // the caller's own.
    if (other->fn != l->fn && contains_(other->fn, l->fn) && called_closure_(l->fn)) return false;
    return true;
  }
  // A variable of an outer loop holds values across iterations of the inner one.
  if (l->fn == other->fn && l->loop_depth < other->loop_depth) return true;
  // A closure's locations live in their own frame, which the enclosing function's variables
  // outlive. (An SSA temporary of the enclosing function is not a variable: where it goes next
  // decides.)
  if (l->kind != LocKind::kTemp && l->fn != other->fn && contains_(l->fn, other->fn)) return true;
  return false;
}

void Graph::WalkOne(Location* root, uint32_t walkgen, const std::function<void(Location*)>& enqueue) {
  root->walkgen = walkgen;
  root->derefs = 0;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    bool address_of = derefs < 0;
    if (address_of) derefs = 0;
    if (Outlives(root, l)) {
      if (l->kind == LocKind::kParam) {
        // leakTo: a result of the same function, or else the heap.
        int dest = 0;
        if (!root->escapes && root->kind == LocKind::kResult && root->fn == l->fn &&
            root->index < Leaks::kNumResults) {
          dest = 1 + root->index;
          l->param_esc.AddResult(root->index, derefs);
        } else {
          l->param_esc.AddHeap(derefs);
        }
        if (explain_ && std::none_of(l->leak_paths.begin(), l->leak_paths.end(),
                                     [&](const auto& p) { return p.first == dest; })) {
          l->leak_paths.emplace_back(dest, ExplainPath(root, l));
        }
      }
      if (address_of && !l->escapes) {
        if (explain_) l->escape_path = ExplainPath(root, l);
        l->escapes = true;
        enqueue(l);
        continue;
      }
    }
    for (const Edge& e : l->edges) {
      Location* src = e.src;
      if (src->escapes) continue;
      int d = derefs + e.derefs;
      if (src->walkgen != walkgen || src->derefs > d) {
        src->walkgen = walkgen;
        src->derefs = d;
        src->dst = l;
        src->dst_edge = static_cast<int>(&e - l->edges.data());
        todo.push_back(src);
      }
    }
  }
}

void Graph::Solve(const std::function<bool(const ir::Function*, const ir::Function*)>& contains,
                  const std::function<bool(const ir::Function*)>& called_closure) {
  contains_ = contains;
  called_closure_ = called_closure;
  std::vector<Location*> todo;
  todo.reserve(locs_.size() + 1);
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (Location& l : locs_) enqueue(&l);
  enqueue(&heap_);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    WalkOne(root, ++walkgen, enqueue);
  }
}

}  // namespace gocc::escape
