// Package initialization order (spec "Package initialization") and initialization cycles.
//
// While the checker checks a package-level variable's initializer or a function's body, every
// package-level variable, function or method it refers to becomes a dependency of that
// declaration (AddDep). Then, as types2's initorder.go does:
//
//   1. Build the graph of variables and functions with an edge from each to its dependencies.
//   2. Remove the function nodes, connecting each function's predecessors to its successors,
//      so that only variables remain and `var a = f()` with `func f() int { return b }` makes
//      a depend on b directly.
//   3. Repeatedly take the variable with the fewest remaining dependencies, earliest declared
//      first; if it still has dependencies, they form a cycle: find it in the full graph
//      (functions included) and report gc's "initialization loop for a" with one
//      "x refers to" line per step. Emit the taken variable's initializer and discount it
//      from the variables that depend on it.
//
// The order of the emitted initializers is the order in which the program initializes the
// package's variables (Info::init_order).
#include <algorithm>
#include <set>
#include <unordered_set>

#include "typecheck/check.h"

namespace gocc::types {

void Checker::AddDep(Object* obj) {
  if (decl_obj_ == nullptr || !obj->global) return;
  std::vector<Object*>& deps = deps_[decl_obj_];
  if (std::find(deps.begin(), deps.end(), obj) == deps.end()) deps.push_back(obj);
}

auto Checker::MethodObject(const ast::FuncDecl* decl) -> Object* {
  Object*& obj = method_objects_[decl];
  if (obj == nullptr) {
    obj = NewObject(ObjectKind::Func, decl->name->name, decl->name->pos);
    obj->decl = decl;
    obj->global = true;
  }
  return obj;
}

// A path of dependencies from `from` to `to` (both included, `from` first), through functions
// too; empty if there is none. Dependencies are followed in the order they were met.
auto Checker::FindPath(Object* from, Object* to, std::unordered_set<const Object*>& seen)
    -> std::vector<Object*> {
  if (!seen.insert(from).second) return {};
  auto it = deps_.find(from);
  if (it == deps_.end()) return {};
  for (Object* d : it->second) {
    if (d == to) return {from, d};
    std::vector<Object*> rest = FindPath(d, to, seen);
    if (!rest.empty()) {
      rest.insert(rest.begin(), from);
      return rest;
    }
  }
  return {};
}

void Checker::ReportInitCycle(const std::vector<Object*>& cycle) {
  // cycle = a, ..., a: "initialization loop for a", then "a refers to", ..., and "a" again.
  std::string msg = "initialization loop for " + std::string(cycle.front()->name);
  for (size_t i = 0; i + 1 < cycle.size(); ++i) {
    msg += "\n\t" + diags_.FormatPos(cycle[i]->pos) + ": " + std::string(cycle[i]->name) + " refers to";
  }
  msg += "\n\t" + diags_.FormatPos(cycle.back()->pos) + ": " + std::string(cycle.back()->name);
  diags_.Report(cycle.front()->pos, DiagKind::NonSyntax, msg);
}

void Checker::InitOrder(const Package* pkg, const std::vector<Object*>& funcs) {
  // Nodes: the package's variables in declaration order, then its functions and methods.
  std::vector<Object*> nodes;
  std::unordered_map<const Object*, size_t> index;
  for (const PackageVarSpec& s : package_var_specs_) {
    for (Object* v : s.lhs) {
      index[v] = nodes.size();
      nodes.push_back(v);
    }
  }
  size_t num_vars = nodes.size();
  for (Object* f : funcs) {
    if (index.emplace(f, nodes.size()).second) nodes.push_back(f);
  }
  std::vector<std::unordered_set<size_t>> succ(nodes.size()), pred(nodes.size());
  for (size_t n = 0; n < nodes.size(); ++n) {
    auto it = deps_.find(nodes[n]);
    if (it == deps_.end()) continue;
    for (Object* d : it->second) {
      auto j = index.find(d);
      if (j == index.end()) continue;  // another package's, or a constant
      succ[n].insert(j->second);
      pred[j->second].insert(n);
    }
  }
  // Remove the functions, connecting their predecessors to their successors.
  for (size_t n = num_vars; n < nodes.size(); ++n) {
    for (size_t p : pred[n]) {
      if (p == n) continue;
      for (size_t s : succ[n]) {
        if (s == n) continue;
        succ[p].insert(s);
        pred[s].insert(p);
      }
      succ[p].erase(n);
    }
    for (size_t s : succ[n]) pred[s].erase(n);
    succ[n].clear();
    pred[n].clear();
  }
  // Take variables by fewest remaining dependencies, then declaration order.
  std::vector<size_t> ndeps(num_vars);
  std::set<std::tuple<size_t, uint32_t, size_t>> queue;
  for (size_t n = 0; n < num_vars; ++n) {
    ndeps[n] = succ[n].size();
    queue.emplace(ndeps[n], nodes[n]->pos.value, n);
  }
  std::unordered_set<const ast::ValueSpec*> emitted;
  std::vector<Info::Initializer>* order = info_ != nullptr ? &info_->init_order[pkg] : nullptr;
  std::vector<bool> done(num_vars);
  while (!queue.empty()) {
    auto [deps, order_key, n] = *queue.begin();
    queue.erase(queue.begin());
    done[n] = true;
    if (deps > 0) {
      std::unordered_set<const Object*> seen;
      std::vector<Object*> cycle = FindPath(nodes[n], nodes[n], seen);
      if (!cycle.empty()) ReportInitCycle(cycle);
    }
    for (size_t p : pred[n]) {
      if (p >= num_vars || done[p]) continue;
      queue.erase({ndeps[p], nodes[p]->pos.value, p});
      --ndeps[p];
      queue.emplace(ndeps[p], nodes[p]->pos.value, p);
    }
    if (order == nullptr) continue;
    const auto* spec = nodes[n]->decl != nullptr ? nodes[n]->decl->As<ast::ValueSpec>() : nullptr;
    if (spec == nullptr || spec->values.empty()) continue;
    if (spec->values.size() == spec->names.size()) {
      // n:n: each variable has its own initializer.
      const PackageVarSpec& s = package_var_specs_[var_spec_of_.at(spec)];
      size_t i = std::find(s.lhs.begin(), s.lhs.end(), nodes[n]) - s.lhs.begin();
      order->push_back(Info::Initializer{{nodes[n]}, spec->values[i]});
    } else if (emitted.insert(spec).second) {
      // a, b = f(): one initializer for all of them, emitted once.
      order->push_back(Info::Initializer{package_var_specs_[var_spec_of_.at(spec)].lhs, spec->values[0]});
    }
  }
}

}  // namespace gocc::types
