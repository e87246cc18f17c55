// The escape graph and its solver, after gc's cmd/compile/internal/escape (Go 1.19).
//
// Every allocation site and every value that may hold a pointer is a *location*. An assignment
// `dst = src` is an edge into dst weighted by its *derefs*: the number of dereferences minus the
// number of address-of operations on the way,
//
//     p = &q    // -1        p = *q    // 1
//     p = q     //  0        p = **q   // 2
//
// so following edges backwards from a location with the weights summed tells, for every other
// location, how many dereferences away from it its value is reachable. The walk from a root
// (walkOne) records the minimum derefs per location. A location whose *address* reaches a root
// (derefs < 0) that outlives it — the heap, a result, a variable of an outer loop or of an
// enclosing function — must be heap-allocated: it escapes, and becomes a root itself, since
// everything its value reaches now hangs off the heap too. A parameter whose value reaches the
// heap or a result leaks there with the derefs found; those leaks are the function's summary
// ("leaking param: p", "leaking param content: p", "leaking param: p to result ~r0 level=0"),
// applied at its call sites instead of the callee's body. walkAll repeats walks until no root
// changes.
//
// Locations are not field- or element-sensitive: x.f and x.g, s[0] and s[1] are all x and *s.
//
// Explanations (-m=2, --json), as gc's explainPath: every edge remembers the instruction that
// made it, and a walk remembers, for each location it reaches, the edge it came by. When a
// location is found to escape, or a parameter to leak somewhere new, the path from it back to
// the root is its explanation.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <vector>

#include "ir/ir.h"

namespace gocc::escape {

// Where a parameter's value goes, as gc's leaks: [0] the heap, [1+i] result i; each is
// derefs+1 (0: no leak), saturating.
struct Leaks {
  static constexpr int kNumResults = 7;
  std::array<uint8_t, 1 + kNumResults> v{};

  auto Empty() const -> bool {
    for (uint8_t x : v) {
      if (x != 0) return false;
    }
    return true;
  }
  auto Heap() const -> int { return int{v[0]} - 1; }
  auto Result(int i) const -> int { return int{v[1 + i]} - 1; }
  void AddHeap(int derefs) { Add(0, derefs); }
  void AddResult(int i, int derefs) { Add(1 + i, derefs); }
  // A result leak at least as deep as the heap leak says nothing more.
  void Optimize() {
    if (int x = Heap(); x >= 0) {
      for (int i = 0; i < kNumResults; ++i) {
        if (Result(i) >= x) v[1 + i] = 0;
      }
    }
  }

 private:
  void Add(int i, int derefs) {
    int old = int{v[i]} - 1;
    if (old < 0 || derefs < old) v[i] = static_cast<uint8_t>(std::min(derefs + 1, 255));
  }
};

enum class LocKind : uint8_t {
  kHeap,    // the heap: escapes by definition
  kBlank,   // assignments to _ and discarded values
  kTemp,    // an SSA value, a call result, a free variable
  kObject,  // an allocation site (its memory)
  kParam,   // a parameter (its variable: the value, or the Alloc it was moved into)
  kResult,  // a function result
};

struct Location;

struct Edge {
  Location* src;
  int derefs;                       // >= -1
  const ir::Value* where = nullptr;  // the instruction that made the edge (explanations only)
  const char* why = nullptr;         // its reason, when not the instruction's (explanations)
};

// One edge of an explanation: dst = src with derefs, made by `where`.
struct Step {
  const Location* dst;
  const Location* src;
  int derefs;
  const ir::Value* where;
  const char* why = nullptr;
};
struct Path {
  std::vector<Step> steps;  // from the location explained to the root
  bool truncated = false;   // an assignment cycle cut it short (gc's golang.org/issue/35518)
};

struct Location {
  LocKind kind = LocKind::kTemp;
  const ir::Function* fn = nullptr;
  int loop_depth = 1;
  int index = -1;                     // kParam: parameter index; kResult: result index
  const ir::Value* site = nullptr;    // kObject: the allocation; kParam: the Param value;
                                      // kTemp: the SSA value (with explanations)
  std::vector<Edge> edges;            // incoming

  // Solver state.
  int derefs = 0;
  uint32_t walkgen = 0;
  bool queued = false;
  bool escapes = false;
  Leaks param_esc;
  // Explanations: the edge of `dst` the current walk reached this location by; why it escapes;
  // why a parameter leaks, per destination (0 the heap, 1+i result i).
  Location* dst = nullptr;
  int dst_edge = -1;
  Path escape_path;
  std::vector<std::pair<int, Path>> leak_paths;
};

class Graph {
 public:
  Graph();
  auto Heap() -> Location* { return &heap_; }
  auto Blank() -> Location* { return &blank_; }
  auto NewLocation(LocKind kind, const ir::Function* fn, int loop_depth) -> Location*;
  // dst = src with `derefs` (src's value, dereferenced derefs times, or its address for -1).
  void Flow(Location* dst, int derefs, Location* src);
  // Record explanations from now on; `where` is the instruction the next edges come from.
  void SetExplain(bool on) { explain_ = on; }
  auto explain() const -> bool { return explain_; }
  void SetWhere(const ir::Value* where, const char* why = nullptr) {
    where_ = where;
    why_ = why;
  }

  // contains(outer, inner): inner is a closure nested (at any depth) in outer.
  // called_closure(fn): fn is a closure only ever called directly by its parent.
  void Solve(const std::function<bool(const ir::Function*, const ir::Function*)>& contains,
             const std::function<bool(const ir::Function*)>& called_closure);

  auto locations() -> std::deque<Location>& { return locs_; }

 private:
  void WalkOne(Location* root, uint32_t walkgen, const std::function<void(Location*)>& enqueue);
  auto Outlives(const Location* l, const Location* other) const -> bool;
  auto ExplainPath(const Location* root, Location* src) const -> Path;

  Location heap_;
  Location blank_;
  std::deque<Location> locs_;
  std::function<bool(const ir::Function*, const ir::Function*)> contains_;
  std::function<bool(const ir::Function*)> called_closure_;
  bool explain_ = false;
  const ir::Value* where_ = nullptr;
  const char* why_ = nullptr;
};

}  // namespace gocc::escape
