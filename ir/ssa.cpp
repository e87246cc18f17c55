// Braun et al.'s SSA construction (see ssa.h for the algorithm and how it differs).
#include "ir/ssa.h"

#include <algorithm>

#include "ir/ir_builder.h"

namespace gocc::ir {

auto SsaBuilder::NewVariable(const types::Type* type) -> Variable {
  var_types_.push_back(type);
  return static_cast<Variable>(var_types_.size() - 1);
}

void SsaBuilder::WriteVariable(Variable v, Block* b, Value* value) { current_def_[Key(v, b)] = value; }

auto SsaBuilder::Resolve(Value* v) const -> Value* {
  while (v != nullptr && v->IsInstruction() && v->id < forward_.size() &&
         forward_[v->id] != nullptr) {
    v = forward_[v->id];
  }
  return v;
}

auto SsaBuilder::IsSealed(const Block* b) const -> bool {
  return b->id < sealed_.size() && sealed_[b->id];
}

auto SsaBuilder::ReadVariable(Variable v, Block* b) -> Value* {
  auto it = current_def_.find(Key(v, b));
  if (it != current_def_.end()) {
    Value* r = Resolve(it->second);
    it->second = r;
    return r;
  }
  return ReadRecursive(v, b);
}

auto SsaBuilder::NewPhi(Block* b, const types::Type* t) -> Value* {
  Builder builder(fn_);
  builder.SetBlock(b);
  Value* phi = builder.Phi(t);
  phis_.push_back(phi);
  return phi;
}

auto SsaBuilder::ReadRecursive(Variable v, Block* b) -> Value* {
  Value* val;
  if (!IsSealed(b)) {
    // Incomplete CFG: the phi's operands come when the block is sealed.
    val = NewPhi(b, var_types_[v]);
    if (incomplete_.size() <= b->id) incomplete_.resize(b->id + 1);
    incomplete_[b->id].emplace_back(v, val);
  } else if (b->preds.size() == 1) {
    val = ReadVariable(v, b->preds[0]);
  } else if (b->preds.empty()) {
    // Read before any write (the entry block): Go's zero value.
    Builder builder(fn_);
    val = builder.Zero(var_types_[v]);
  } else {
    // Break cycles with an operand-less phi first.
    val = NewPhi(b, var_types_[v]);
    WriteVariable(v, b, val);
    val = AddPhiOperands(v, val);
  }
  WriteVariable(v, b, val);
  return val;
}

auto SsaBuilder::AddPhiOperands(Variable v, Value* phi) -> Value* {
  std::vector<Value*> ops;
  ops.reserve(phi->block->preds.size());
  for (Block* pred : phi->block->preds) ops.push_back(ReadVariable(v, pred));
  fn_->SetOperands(phi, ops);
  return TryRemoveTrivialPhi(phi);
}

auto SsaBuilder::TryRemoveTrivialPhi(Value* phi) -> Value* {
  Value* same = nullptr;
  for (Value* op : phi->Operands()) {
    op = Resolve(op);
    if (op == same || op == phi) continue;
    if (same != nullptr) return phi;  // merges at least two values: not trivial
    same = op;
  }
  if (same == nullptr) {
    // Unreachable or only self-referencing: the zero value.
    Builder builder(fn_);
    same = builder.Zero(phi->type);
  }
  if (forward_.size() < fn_->num_values()) forward_.resize(fn_->num_values(), nullptr);
  forward_[phi->id] = same;
  auto& instrs = phi->block->instrs;
  instrs.erase(std::find(instrs.begin(), instrs.end(), phi));
  phi->block = nullptr;
  ++removed_;
  return same;
}

void SsaBuilder::SealBlock(Block* b) {
  if (sealed_.size() <= b->id) sealed_.resize(b->id + 1, false);
  if (incomplete_.size() > b->id) {
    auto pending = std::move(incomplete_[b->id]);
    incomplete_[b->id].clear();
    for (auto& [v, phi] : pending) {
      if (phi->block == nullptr) continue;
      AddPhiOperands(v, phi);
    }
  }
  sealed_[b->id] = true;
}

auto SsaBuilder::Finish() -> int {
  if (forward_.size() < fn_->num_values()) forward_.resize(fn_->num_values(), nullptr);
  // Removing one phi may make another trivial: repeat until nothing changes.
  for (bool changed = true; changed;) {
    changed = false;
    for (Value* phi : phis_) {
      if (phi->block == nullptr) continue;
      if (TryRemoveTrivialPhi(phi) != phi) changed = true;
    }
  }
  for (const auto& b : fn_->blocks()) {
    for (Value* v : b->instrs) {
      for (uint32_t i = 0; i < v->num_operands; ++i) v->operands[i] = Resolve(v->operands[i]);
    }
  }
  return removed_;
}

}  // namespace gocc::ir
