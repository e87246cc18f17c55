// The pass table and the two cleanup passes every pipeline starts with.
//
// unreachable: blocks not reachable from the entry are deleted (their edges into live blocks
// and the matching phi operands go too), so later passes and codegen only see live code.
// dce: instructions whose op has no effect and whose value nobody uses are deleted, repeatedly
// (a worklist of use counts), so the builder may create values freely.
#include "ir/passes.h"

#include <algorithm>

#include "ir/dom.h"
#include "ir/print.h"
#include "ir/verify.h"

namespace gocc::ir {

namespace {

constexpr Pass kPasses[] = {
    {"unreachable", "delete blocks not reachable from the entry", RemoveUnreachableBlocks},
    {"dce", "delete unused instructions without effects", EliminateDeadCode},
};

}  // namespace

auto Passes() -> std::span<const Pass> { return kPasses; }

auto FindPass(std::string_view name) -> const Pass* {
  for (const Pass& p : kPasses) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

auto DefaultPipeline() -> std::vector<std::string_view> { return {"unreachable", "dce"}; }

void RemoveUnreachableBlocks(Function& fn) {
  if (fn.IsExternal()) return;
  // Roots: the entry, and the block a recovered panic resumes in.
  std::vector<bool> live(fn.num_blocks(), false);
  std::vector<Block*> work{fn.entry()};
  if (fn.recover_block != nullptr) work.push_back(fn.recover_block);
  while (!work.empty()) {
    Block* b = work.back();
    work.pop_back();
    if (live[b->id]) continue;
    live[b->id] = true;
    for (Block* s : b->succs) work.push_back(s);
  }
  std::vector<bool> dead(fn.num_blocks(), false);
  bool any = false;
  for (const auto& b : fn.blocks()) {
    if (!live[b->id]) dead[b->id] = any = true;
  }
  if (any) fn.RemoveBlocks(dead);  // also drops the matching phi operands
}

void EliminateDeadCode(Function& fn) {
  if (fn.IsExternal()) return;
  std::vector<uint32_t> uses(fn.num_values(), 0);
  for (const auto& b : fn.blocks()) {
    for (const Value* v : b->instrs) {
      for (const Value* op : v->Operands()) {
        if (op != nullptr && op->IsInstruction()) ++uses[op->id];
      }
    }
  }
  auto removable = [&](const Value* v) {
    return v->block != nullptr && !v->HasSideEffects() && uses[v->id] == 0;
  };
  std::vector<Value*> work;
  for (const auto& b : fn.blocks()) {
    for (Value* v : b->instrs) {
      if (removable(v)) work.push_back(v);
    }
  }
  std::vector<bool> dead(fn.num_values(), false);
  while (!work.empty()) {
    Value* v = work.back();
    work.pop_back();
    if (dead[v->id] || !removable(v)) continue;
    dead[v->id] = true;
    for (Value* op : v->Operands()) {
      if (op == nullptr || !op->IsInstruction() || op == v) continue;
      if (--uses[op->id] == 0) work.push_back(op);
    }
  }
  for (const auto& b : fn.blocks()) {
    std::erase_if(b->instrs, [&](Value* v) {
      if (!dead[v->id]) return false;
      v->block = nullptr;
      return true;
    });
  }
}

auto RunPasses(Program& program, std::span<const std::string_view> names, const PassOptions& options,
               std::vector<std::string>* errors) -> bool {
  std::vector<const Pass*> passes;
  for (std::string_view name : names) {
    const Pass* p = FindPass(name);
    if (p == nullptr) {
      errors->push_back("unknown pass: " + std::string(name));
      return false;
    }
    passes.push_back(p);
  }
  auto verify = [&](std::string_view after) {
    if (!options.verify) return true;
    auto found = Verify(program);
    for (auto& msg : found) errors->push_back(std::string(after) + ": " + msg);
    return found.empty();
  };
  if (!verify("before passes")) return false;
  for (const Pass* p : passes) {
    for (const auto& fn : program.functions()) p->run(*fn);
    if (options.dump_after != nullptr) {
      *options.dump_after << "# after " << p->name << "\n";
      Print(program, *options.dump_after);
    }
    if (!verify(std::string("after ") + std::string(p->name))) return false;
  }
  return true;
}

}  // namespace gocc::ir
