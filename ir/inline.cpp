// The inliner (ir/inline.h).
//
// Every inlinable function is first copied as it was built (its "inline body", gc's Inl.Body):
// an expansion always starts from that copy, and the calls in the copy are expanded in the
// caller in turn, with the chain of functions being expanded attached to each new block. That
// is gc's recursion: a call of the caller itself, or of a function already on the chain, stays
// a call.
//
// An expansion splits the call's block: the instructions after the call move to a new block
// ("inl.cont") that the copied returns jump to, with a phi per result when several return. A
// parameter whose variable the callee assigns (Function::param_copies) becomes a variable of
// the caller (a ChangeType of the argument, and Function::var_assigns for every value it
// holds); any other parameter is the argument itself.
#include "ir/inline.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ir/callgraph.h"
#include "ir/passes.h"

namespace gocc::ir {

namespace {

constexpr int32_t kBigFunctionMaxCost = 20;  // inlineBigFunctionMaxCost

// The function's name as gc's -m prints it: without the user's package.
auto ReportName(const Function& fn) -> std::string_view {
  std::string_view name = fn.name();
  if (name.starts_with("main.")) name.remove_prefix(5);
  return name;
}

// Copies src's blocks and instructions into dst (new blocks at its end). map holds what src's
// parameters become; constants are copied, program-level values shared. Returns the copies of
// src's blocks, in src's order.
class Cloner {
 public:
  Cloner(const Function& src, Function& dst, std::unordered_map<const Value*, Value*> map, Pos pos)
      : src_(src), dst_(dst), map_(std::move(map)), pos_(pos) {}

  auto Run() -> std::vector<Block*> {
    std::vector<Block*> blocks;
    std::unordered_map<const Block*, Block*> block_map;
    for (const auto& b : src_.blocks()) {
      Block* nb = dst_.NewBlock(b->comment);
      block_map[b.get()] = nb;
      blocks.push_back(nb);
    }
    // Values first, operands second: a phi may use a value defined further down.
    for (const auto& b : src_.blocks()) {
      Block* nb = block_map[b.get()];
      for (const Value* v : b->instrs) {
        Value* nv = Copy(v);
        nv->block = nb;
        nb->instrs.push_back(nv);
      }
    }
    for (const auto& b : src_.blocks()) {
      Block* nb = block_map[b.get()];
      for (size_t i = 0; i < b->instrs.size(); ++i) {
        const Value* v = b->instrs[i];
        std::vector<Value*> ops;
        for (Value* o : v->Operands()) ops.push_back(Map(o));
        dst_.SetOperands(nb->instrs[i], ops);
      }
      for (Block* p : b->preds) nb->preds.push_back(block_map[p]);
      for (Block* s : b->succs) nb->succs.push_back(block_map[s]);
    }
    for (const Function::VarAssign& a : src_.var_assigns) {
      if (a.decl != nullptr) var_assigns.push_back({Map(a.value), block_map[a.decl], a.var});
    }
    for (const Function::ParamCopy& c : src_.param_copies) param_copies.push_back({c.param, Map(c.copy)});
    return blocks;
  }

  auto Map(const Value* v) -> Value* {
    if (v == nullptr) return nullptr;  // an absent optional operand (Slice's bounds)
    auto it = map_.find(v);
    if (it != map_.end()) return it->second;
    Value* nv = Copy(v);  // a constant (instructions are all mapped by Run)
    return nv;
  }

  // src's variables, in the copy (var ids still src's).
  std::vector<Function::VarAssign> var_assigns;
  // src's parameter copies: the parameter (src's) and the copy (dst's).
  std::vector<Function::ParamCopy> param_copies;

 private:
  auto Copy(const Value* v) -> Value* {
    if (v->op == Op::Global || v->op == Op::Func) return const_cast<Value*>(v);  // program-level
    Value* nv = dst_.NewValue(v->op, v->type, {}, pos_.IsValid() ? pos_ : v->pos);
    nv->flags = v->flags;
    nv->aux16 = v->aux16;
    nv->aux = v->aux;
    map_[v] = nv;
    return nv;
  }

  const Function& src_;
  Function& dst_;
  std::unordered_map<const Value*, Value*> map_;
  Pos pos_;
};

class Inliner {
 public:
  Inliner(Program& program, int report_level) : program_(program), level_(report_level) {}

  void Run() {
    for (const auto& fn : program_.functions()) {
      Report(*fn);
      if (fn->inline_cost >= 0 && !fn->IsExternal()) Snapshot(*fn);
    }
    if (bodies_.empty()) return;
    RankRecursiveGroups();
    for (const auto& fn : program_.functions()) {
      if (fn->name().starts_with("main.") && !fn->IsExternal()) InlineInto(*fn);
    }
    RemoveDeadLiterals();
  }

  // gc visits the functions bottom-up (ir.VisitFuncsBottomUp: Tarjan's algorithm over the
  // declarations in order) and, in a group of mutually recursive functions, makes each one
  // inlinable only when its turn comes, in the order the search first reached them: a member's
  // calls of members after it stay calls. group_ and rank_ record that order.
  void RankRecursiveGroups() {
    std::unordered_map<const Function*, std::vector<const Function*>> succs;
    std::vector<const Function*> roots;
    for (const auto& fn : program_.functions()) {
      if (!fn->name().starts_with("main.") || fn->IsExternal()) continue;
      const Function* r = Outermost(fn.get());
      if (r == fn.get()) roots.push_back(r);
      for (const auto& b : fn->blocks()) {
        for (const Value* v : b->instrs) {
          for (const Value* o : v->Operands()) {
            if (o != nullptr && o->op == Op::Func && o->func()->name().starts_with("main.")) {
              succs[r].push_back(Outermost(o->func()));
            }
          }
        }
      }
    }
    auto successors = [&](const Function* r) -> const std::vector<const Function*>& { return succs[r]; };
    int groups = 0;
    for (const auto& component : StronglyConnectedComponents(roots, successors)) {
      int rank = 0;
      for (const Function* f : component) {
        group_[f] = groups;
        rank_[f] = rank++;
      }
      ++groups;
    }
  }

  // Whether target is not inlinable yet when gc inlines into caller (see RankRecursiveGroups).
  auto NotYetInlinable(const Function& caller, const Function* target) const -> bool {
    const Function* c = Outermost(&caller);
    const Function* t = Outermost(target);
    if (c == t || !group_.contains(c) || !group_.contains(t) || group_.at(c) != group_.at(t)) return false;
    return rank_.at(t) > rank_.at(c);
  }

  // A function literal whose every closure was expanded is gone, as in gc: its own body is
  // neither compiled nor analysed. (So are literals only such a body made.)
  void RemoveDeadLiterals() {
    while (true) {
      std::unordered_set<const Function*> made;
      for (const auto& fn : program_.functions()) {
        for (const auto& b : fn->blocks()) {
          for (const Value* v : b->instrs) {
            for (const Value* o : v->Operands()) {
              if (o != nullptr && o->op == Op::Func) made.insert(o->func());
            }
          }
        }
      }
      auto dead = [&](const Function* f) {
        return f->parent != nullptr && f->name().starts_with("main.") && !made.contains(f);
      };
      bool any = false;
      for (const auto& fn : program_.functions()) {
        if (!dead(fn.get())) continue;
        any = true;
        std::erase(fn->parent->anon_funcs, fn.get());
        // What the inliner said about it and in it still stands (gc says it before it drops it).
        fn->parent->remarks.insert(fn->parent->remarks.end(), fn->remarks.begin(), fn->remarks.end());
      }
      if (!any) return;
      // A live literal of a dead one (its closure was copied out) belongs to the nearest live
      // enclosing function.
      for (const auto& fn : program_.functions()) {
        if (dead(fn.get()) || fn->parent == nullptr || !dead(fn->parent)) continue;
        Function* up = fn->parent;
        while (dead(up)) up = up->parent;
        fn->parent = up;
        up->anon_funcs.push_back(fn.get());
      }
      program_.RemoveFunctions(dead);
    }
  }

 private:
  void Report(Function& fn) {
    if (level_ == 0 || !fn.name().starts_with("main.")) return;
    std::string line;
    if (fn.inline_cost >= 0) {
      line = "can inline " + std::string(ReportName(fn));
      if (level_ >= 2) line += " with cost " + std::to_string(fn.inline_cost) + " as: " + std::string(fn.inline_text);
    } else if (level_ >= 2 && !fn.not_inlinable.empty()) {
      line = "cannot inline " + std::string(ReportName(fn)) + ": " + std::string(fn.not_inlinable);
    } else {
      return;
    }
    fn.remarks.push_back({fn.decl_pos.IsValid() ? fn.decl_pos : fn.pos(), *program_.Intern(line)});
  }

  void Snapshot(const Function& fn) {
    auto copy = std::make_unique<Function>(&program_, fn.name(), fn.signature(), fn.pos());
    std::unordered_map<const Value*, Value*> map;
    for (const Value* p : fn.params()) map[p] = copy->AddParam(p->str(), p->type, p->pos);
    for (const Value* v : fn.free_vars()) map[v] = copy->AddFreeVar(v->str(), v->type, v->pos);
    Cloner cloner(fn, *copy, std::move(map), Pos{});
    cloner.Run();
    copy->var_assigns = std::move(cloner.var_assigns);
    for (const Function::ParamCopy& c : cloner.param_copies) {
      copy->param_copies.push_back({copy->params()[c.param->aux16], c.copy});
    }
    bodies_[&fn] = std::move(copy);
  }

  // The function a call certainly calls: a static call's, or a closure call's whose function
  // value is a function literal made once (gc's ir.StaticValue: a variable assigned only once).
  static auto Target(const Function& caller, const Value* v) -> const Function* {
    if (v->op != Op::Call || v->num_operands == 0) return nullptr;  // (a runtime call may have none)
    const Value* f = v->Operand(0);
    // (A function called through a variable holding it is a closure call of the Func.)
    if ((v->call_kind() == CallKind::Static || v->call_kind() == CallKind::Closure) && f->op == Op::Func) return f->func();
    if (v->call_kind() != CallKind::Closure || f->op != Op::MakeClosure) return nullptr;
    for (const Function::VarAssign& a : caller.var_assigns) {
      if (a.value != f) continue;
      for (const Function::VarAssign& b : caller.var_assigns) {
        if (b.var == a.var && b.value != f) return nullptr;
      }
    }
    return f->Operand(0)->func();
  }

  // The inline body a call expands to, or nullptr.
  auto Callee(const Function& caller, const Value* v, const std::vector<const Function*>& chain) const
      -> const Function* {
    const Function* target = Target(caller, v);
    if (target == nullptr) return nullptr;
    auto it = bodies_.find(target);
    if (it == bodies_.end() || target == &caller) return nullptr;
    if (target->inline_cost > (caller.big ? kBigFunctionMaxCost : 80)) return nullptr;
    if (std::find(chain.begin(), chain.end(), target) != chain.end() || NotYetInlinable(caller, target)) return nullptr;
    return it->second.get();
  }

  void InlineInto(Function& fn) {
    next_var_ = 0;
    for (const Function::VarAssign& a : fn.var_assigns) next_var_ = std::max(next_var_, a.var + 1);
    replaced_.clear();
    // Blocks to scan, with the chain of functions whose expansion made them.
    std::vector<std::pair<Block*, std::vector<const Function*>>> work;
    for (const auto& b : fn.blocks()) work.push_back({b.get(), {}});
    bool changed = false;
    while (!work.empty()) {
      auto [block, chain] = std::move(work.back());
      work.pop_back();
      for (size_t i = 0; i < block->instrs.size(); ++i) {
        Value* call = block->instrs[i];
        const Function* body = Callee(fn, call, chain);
        if (body == nullptr) continue;
        const Function* target = Target(fn, call);
        fn.remarks.push_back({call->pos, *program_.Intern("inlining call to " + std::string(ReportName(*target)))});
        auto [cont, made] = Expand(fn, block, i, *body);
        changed = true;
        work.push_back({cont, chain});
        std::vector<const Function*> inner = chain;
        inner.push_back(target);
        for (Block* b : made) work.push_back({b, inner});
        break;  // the rest of the block moved to cont
      }
    }
    if (!changed) return;
    Resolve(fn);
    RemoveUnreachableBlocks(fn);
  }

  // Expands block->instrs[index], a call of body's function. Returns the block holding what
  // followed the call and the blocks of the copy.
  auto Expand(Function& fn, Block* block, size_t index, const Function& body) -> std::pair<Block*, std::vector<Block*>> {
    Value* call = block->instrs[index];
    Pos pos = call->pos;
    // The instructions after the call, and the block's edges, move to cont.
    Block* cont = fn.NewBlock("inl.cont");
    cont->instrs.assign(block->instrs.begin() + static_cast<std::ptrdiff_t>(index) + 1, block->instrs.end());
    for (Value* v : cont->instrs) v->block = cont;
    block->instrs.resize(index);
    call->block = nullptr;
    cont->succs = std::move(block->succs);
    block->succs.clear();
    for (Block* s : cont->succs) std::replace(s->preds.begin(), s->preds.end(), block, cont);

    // Parameters: the arguments, or variables holding them.
    std::unordered_map<const Value*, Value*> map;
    std::unordered_map<const Value*, uint32_t> param_vars;
    for (size_t i = 0; i < body.params().size(); ++i) {
      const Value* p = body.params()[i];
      Value* arg = call->Operand(i + 1);
      bool assigned = std::any_of(body.param_copies.begin(), body.param_copies.end(),
                                  [&](const Function::ParamCopy& c) { return c.param == p; });
      if (!assigned) {
        map[p] = arg;
        continue;
      }
      Value* var = fn.NewValue(Op::ChangeType, p->type, std::span<Value* const>(&arg, 1), pos);
      var->block = block;
      block->instrs.push_back(var);
      map[p] = var;
      param_vars[p] = next_var_;
      fn.var_assigns.push_back({var, block, next_var_++});
    }
    // A closure's free variables: what its MakeClosure binds.
    for (size_t i = 0; i < body.free_vars().size(); ++i) map[body.free_vars()[i]] = call->Operand(0)->Operand(i + 1);
    if (call->Operand(0)->op == Op::MakeClosure) literals_.push_back(call->Operand(0));
    Cloner cloner(body, fn, std::move(map), pos);
    std::vector<Block*> made = cloner.Run();
    uint32_t var_base = next_var_;
    uint32_t max_var = 0;
    for (const Function::VarAssign& a : cloner.var_assigns) {
      fn.var_assigns.push_back({a.value, a.decl, var_base + a.var});
      max_var = std::max(max_var, a.var + 1);
    }
    next_var_ += max_var;
    for (const Function::ParamCopy& c : cloner.param_copies) fn.var_assigns.push_back({c.copy, block, param_vars[c.param]});

    // Enter the copy.
    Value* jump = fn.NewValue(Op::Jump, nullptr, {}, pos);
    jump->block = block;
    block->instrs.push_back(jump);
    block->succs.push_back(made[0]);
    made[0]->preds.push_back(block);

    // Returns jump to cont; their results join there.
    size_t nresults = body.signature()->results.size();
    std::vector<std::vector<Value*>> results(nresults);
    for (Block* b : made) {
      Value* term = b->terminator();
      if (term == nullptr || term->op != Op::Return) continue;
      for (size_t r = 0; r < nresults; ++r) results[r].push_back(term->Operand(r));
      term->op = Op::Jump;
      fn.SetOperands(term, {});
      b->succs.push_back(cont);
      cont->preds.push_back(b);
    }
    std::vector<Value*> joined(nresults);
    for (size_t r = 0; r < nresults; ++r) {
      const types::Type* t = body.signature()->results[r].type;
      if (results[r].empty()) {  // the callee never returns: cont is unreachable
        joined[r] = fn.NewValue(Op::ConstZero, t, {}, pos);
      } else if (results[r].size() == 1 ||
                 std::all_of(results[r].begin(), results[r].end(), [&](Value* v) { return v == results[r][0]; })) {
        joined[r] = results[r][0];
      } else {
        Value* phi = fn.NewValue(Op::Phi, t, results[r], pos);
        phi->block = cont;
        cont->instrs.insert(cont->instrs.begin() + static_cast<std::ptrdiff_t>(r), phi);
        joined[r] = phi;
      }
    }
    std::vector<const std::string_view*> names;
    for (size_t r = 0; r < nresults; ++r) {
      std::string_view name = body.signature()->results[r].name;
      names.push_back(program_.Intern(name.empty() || name == "_" ? "~R" + std::to_string(r) : std::string(name)));
    }
    result_names_[call] = std::move(names);
    if (nresults == 1) {
      replaced_[call] = joined[0];
    } else if (nresults > 1) {
      extracted_[call] = std::move(joined);
    }
    return {cont, std::move(made)};
  }

  // Uses of the expanded calls (and of their Extracts) read the joined results instead. A
  // call converted to interface is, for gc, its result variable converted (~R0).
  void Resolve(Function& fn) {
    for (const auto& b : fn.blocks()) {
      for (Value* v : b->instrs) {
        if (v->op != Op::MakeInterface) continue;
        const Value* x = v->Operand(0);
        size_t index = 0;
        if (x->op == Op::Extract) {
          index = static_cast<size_t>(x->aux.i);
          x = x->Operand(0);
        }
        // Only where the converted expression is the call itself (not a variable holding it).
        auto it = result_names_.find(x);
        if (it != result_names_.end() && index < it->second.size() && v->pos == x->pos) v->aux.p = it->second[index];
      }
    }
    result_names_.clear();
    for (const auto& b : fn.blocks()) {
      std::erase_if(b->instrs, [&](Value* v) {
        if (v->op != Op::Extract) return false;
        auto it = extracted_.find(v->Operand(0));
        if (it == extracted_.end()) return false;
        replaced_[v] = it->second[static_cast<size_t>(v->aux.i)];
        v->block = nullptr;
        return true;
      });
    }
    auto resolve = [&](Value* v) {
      for (auto it = replaced_.find(v); it != replaced_.end(); it = replaced_.find(v)) v = it->second;
      return v;
    };
    for (const auto& b : fn.blocks()) {
      for (Value* v : b->instrs) {
        for (uint32_t i = 0; i < v->num_operands; ++i) v->operands[i] = resolve(v->operands[i]);
      }
    }
    for (Function::VarAssign& a : fn.var_assigns) a.value = resolve(a.value);
    for (Function::ParamCopy& c : fn.param_copies) c.copy = resolve(c.copy);
    extracted_.clear();
    // A literal called where it is written is gone once inlined (gc drops the closure); one
    // held in a variable stays, as in gc until dead-code elimination.
    std::unordered_set<const Value*> used;
    for (const auto& b : fn.blocks()) {
      for (Value* v : b->instrs) used.insert(v->operands, v->operands + v->num_operands);
    }
    for (const Function::VarAssign& a : fn.var_assigns) used.insert(a.value);
    for (Value* lit : literals_) {
      if (used.contains(lit) || lit->block == nullptr) continue;
      std::erase(lit->block->instrs, lit);
      lit->block = nullptr;
    }
    literals_.clear();
  }

  Program& program_;
  int level_;
  std::unordered_map<const Function*, std::unique_ptr<Function>> bodies_;
  uint32_t next_var_ = 0;
  std::unordered_map<const Value*, Value*> replaced_;
  std::unordered_map<const Value*, std::vector<Value*>> extracted_;
  std::unordered_map<const Value*, std::vector<const std::string_view*>> result_names_;
  std::vector<Value*> literals_;  // MakeClosures whose calls were expanded
  std::unordered_map<const Function*, int> group_;
  std::unordered_map<const Function*, int> rank_;
};

}  // namespace

void InlineCalls(Program& program, int report_level) { Inliner(program, report_level).Run(); }

}  // namespace gocc::ir
