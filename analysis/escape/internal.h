// Shared between the graph builder (build.cpp) and the driver of the analysis (escape.cpp).
#pragma once

#include <map>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analysis/escape/escape.h"
#include "analysis/escape/graph.h"

namespace gocc::escape {

// Per-parameter leak summaries of the functions analysed so far (by params() index).
using Summaries = std::unordered_map<const ir::Function*, std::vector<Leaks>>;

// What an allocation site is, for its message.
enum class SiteKind : uint8_t {
  kVariable,  // a local variable or parameter moved to memory: "moved to heap: x"
  kReported,  // new(T), &T{...}, []T{...}, make(...), func literal, x (to interface), ...
  kSilent,    // compiler temporaries and value composite literals: no message
};
auto ClassifySite(const ir::Value* v) -> SiteKind;
// The variable name of a kVariable Alloc.
auto VariableName(const ir::Value* v) -> std::string_view;
auto HasPointers(const types::Type* t) -> bool;

// An interface method call gc devirtualizes (`var x I = T{}; x.M()`): the static type of the
// receiver is known, so the call goes to T's method ("devirtualizing x.M to T"), or, for a
// method promoted from an embedded interface, to that interface's method ("partially").
struct Devirtualized {
  const ir::Value* call;
  const types::Type* type;  // T
  bool partial;
};

struct FunctionState {
  const ir::Function* fn = nullptr;
  std::vector<Location*> values;    // by value id
  std::vector<int> block_depth;     // loop depth by block id
  std::vector<int> header_loops;    // loops headed by each block
  std::vector<Location*> params;    // by params() index
  std::vector<Location*> results;   // by result index
  std::vector<const ir::Value*> merged_param_allocs;  // Alloc a parameter was moved into, by index
};

// The largest objects kept on the stack: gc's ir.MaxStackVarSize for declared variables and
// ir.MaxImplicitStackVarSize for new(T), &T{...}, make and conversions; -smallframes lowers both.
struct StackLimits {
  int64_t var = 10 * 1024 * 1024;
  int64_t implicit = 64 * 1024;
};

// How a closure captures a variable, as gc decides it (-m=2's "capturing by value/ref" line): by
// value when its address is not taken, it is not reassigned and it is at most 128 bytes.
struct Capture {
  const ir::Value* var;  // the variable's Alloc
  bool byval;
  bool addrtaken;
  bool reassigned;
  int64_t width;
};

class BatchBuilder {
 public:
  BatchBuilder(Graph& graph, const Summaries& summaries, const std::vector<const ir::Function*>& batch,
               const types::Sizes& sizes, const SourceMap* sources, StackLimits limits = {});
  void Build();

  auto state(const ir::Function* fn) -> FunctionState& { return states_.at(fn); }
  auto objects() const -> const std::vector<std::pair<const ir::Value*, Location*>>& { return objects_; }
  auto called_closures() const -> const std::unordered_set<const ir::Function*>& { return called_; }
  // Allocs that a closure captures by reference although gc would capture their value: they
  // must stay on the heap when the closure escapes, without a message.
  auto byval_captures() const -> const std::vector<std::pair<const ir::Value*, Location*>>& { return byval_; }
  auto defers() const -> const std::vector<std::pair<ir::Value*, bool>>& { return defers_; }
  // Stores gc leaves out of the graph: `x.f = x.g`, `p.s = p.s[i:j]`, `a[i] = a[j]`.
  auto self_assignments() const -> const std::vector<const ir::Value*>& { return self_assigns_; }
  auto devirtualized() const -> const std::vector<Devirtualized>& { return devirtualized_; }
  auto captures() const -> const std::vector<Capture>& { return captures_; }
  // A bundled standard library function marked //gocc:asm: an assembly function without a body
  // in gc, whose arguments gc's analysis leaks to the heap; its summary says so too.
  auto AssemblyInGc(const ir::Function* fn) const -> bool {
    return fn->pos().IsValid() && HasPragma(fn->pos(), "//gocc:asm");
  }

 private:
  void InitFunction(const ir::Function* fn);
  void LoopDepths(FunctionState& st);
  void Walk(FunctionState& st);
  void Instr(FunctionState& st, ir::Value* v);
  void Call(FunctionState& st, ir::Value* v, bool is_defer);
  auto Devirtualize(FunctionState& st, ir::Value* v) -> bool;
  void CallArgs(FunctionState& st, const ir::Function* callee, const ir::Value* call,
                std::span<ir::Value* const> args, int receiver_derefs);
  void Closure(FunctionState& st, ir::Value* v);
  auto Loc(FunctionState& st, const ir::Value* v) -> Location*;
  auto Object(FunctionState& st, const ir::Value* v) -> Location*;
  auto AddrHole(FunctionState& st, const ir::Value* p, const ir::Value* store) -> Location*;
  auto InLiteral(const ir::Value* alloc, const ir::Value* store) -> bool;
  auto CallResult(FunctionState& st, const ir::Value* call, int j) -> Location*;
  auto Depth(FunctionState& st, const ir::Value* v) -> int;
  auto Callee(const ir::Value* v) -> const ir::Function*;
  void FlowValue(Location* dst, int derefs, FunctionState& st, const ir::Value* src);
  void ApplySummary(FunctionState& st, const ir::Function* callee, size_t param, const ir::Value* arg,
                    const ir::Value* call, int extra_derefs = 0);
  void HeapReasons();
  auto IsSelfAssign(const ir::Value* store) -> bool;
  auto HasPragma(Pos pos, std::string_view directive) const -> bool;
  void UnsafeValue(FunctionState& st, Location* dst, const ir::Value* x);

  Graph& g_;
  const Summaries& summaries_;
  const std::vector<const ir::Function*>& batch_;
  const types::Sizes& sizes_;
  const SourceMap* sources_;
  StackLimits limits_;
  std::unordered_map<const ir::Value*, uint32_t> literal_end_;  // &T{...}: the closing brace
  std::unordered_set<const ir::Function*> in_batch_;
  std::unordered_map<const ir::Function*, FunctionState> states_;
  std::vector<std::pair<const ir::Value*, Location*>> objects_;
  std::unordered_map<const ir::Value*, Location*> object_index_;
  std::map<std::pair<const ir::Value*, int>, Location*> call_results_;
  std::unordered_set<const ir::Function*> called_;
  std::vector<std::pair<const ir::Value*, Location*>> byval_;
  std::vector<std::pair<ir::Value*, bool>> defers_;  // defer, needs heap
  std::vector<const ir::Value*> self_assigns_;
  std::vector<Devirtualized> devirtualized_;
  std::vector<Capture> captures_;
  std::unordered_map<const ir::Function*, std::vector<const ir::Value*>> closure_sites_;
};

}  // namespace gocc::escape
