// SSA construction from a structured program, after Braun, Buchwald, Hack, Leißa, Mallon and
// Zwinkau, "Simple and Efficient Construction of Static Single Assignment Form" (CC 2013).
//
// The AST builder gives each local variable that is never addressed a Variable number, and
// instead of Alloc/Load/Store it calls WriteVariable(v, block, value) at assignments and
// ReadVariable(v, block) at uses. A read finds the definition in its own block, or asks the
// predecessors: with one predecessor the answer is theirs; with several it places a phi and asks
// each. A block is *sealed* once all its predecessors are known (loop headers only after the back
// edge is built); reads in an unsealed block get an operand-less phi that SealBlock completes.
//
// A phi whose operands are all the same value (or the phi itself) is trivial and is replaced by
// that value. The paper finds the phi's users through def-use chains; this IR keeps no use lists,
// so a removed phi is *forwarded* instead (forward_[phi->id] = replacement) and Finish() rewrites
// every operand of the function through the forwarding chains, after repeating trivial-phi
// removal until no phi changes (a phi can become trivial when another is removed). The result is
// the paper's minimal SSA for reducible control flow.
//
// A variable read before any write on some path yields the zero value of its type, which is what
// Go's zero initialisation gives.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "ir/ir.h"

namespace gocc::ir {

class SsaBuilder {
 public:
  using Variable = uint32_t;
  explicit SsaBuilder(Function* fn) : fn_(fn) {}

  auto NewVariable(const types::Type* type) -> Variable;
  auto VariableType(Variable v) const -> const types::Type* { return var_types_[v]; }
  void WriteVariable(Variable v, Block* b, Value* value);
  auto ReadVariable(Variable v, Block* b) -> Value*;
  // All predecessors of b are known.
  void SealBlock(Block* b);
  auto IsSealed(const Block* b) const -> bool;
  // Removes the remaining trivial phis and rewrites operands; call once, after every block is
  // sealed. Returns the number of phis removed in all.
  auto Finish() -> int;
  // The value v stands for now (following removed phis).
  auto Resolve(Value* v) const -> Value*;

 private:
  auto ReadRecursive(Variable v, Block* b) -> Value*;
  auto AddPhiOperands(Variable v, Value* phi) -> Value*;
  auto TryRemoveTrivialPhi(Value* phi) -> Value*;
  auto NewPhi(Block* b, const types::Type* t) -> Value*;
  static auto Key(Variable v, const Block* b) -> uint64_t {
    return (uint64_t{v} << 32) | b->id;
  }

  Function* fn_;
  std::vector<const types::Type*> var_types_;
  std::unordered_map<uint64_t, Value*> current_def_;
  std::vector<std::vector<std::pair<Variable, Value*>>> incomplete_;  // by block id
  std::vector<bool> sealed_;                                          // by block id
  std::vector<Value*> forward_;                                       // by value id
  std::vector<Value*> phis_;                                          // phis placed here
  int removed_ = 0;
};

}  // namespace gocc::ir
