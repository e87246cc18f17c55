// Program, Function and Block bookkeeping: dense ids, arena-allocated values, interned types.
//
// Functions own their blocks (blocks hold vectors, so they are not arena objects); values and
// operand arrays come from the Program's arena and are never freed one by one. Removing an
// instruction only unlinks it from its block; its id stays taken so facts indexed by id stay put.
#include "ir/ir.h"

#include "ir/typeutil.h"
#include "typecheck/predicates.h"

#include <algorithm>
#include <cassert>

namespace gocc::ir {

namespace {

struct OpInfo {
  std::string_view name;
  uint8_t shape;
};

constexpr OpInfo kOpInfo[] = {
#define OP(name, text, shape) {text, static_cast<uint8_t>(shape)},
#include "ir/ops.def"
#undef OP
};

}  // namespace

auto OpName(Op op) -> std::string_view { return kOpInfo[static_cast<size_t>(op)].name; }
auto OpShape(Op op) -> uint8_t { return kOpInfo[static_cast<size_t>(op)].shape; }

auto IsStringConcat(const Value* v) -> bool {
  return v->op == Op::BinOp && v->binop() == BinaryOp::Add && IsStringType(v->type);
}

auto IsAllocatingConvert(const Value* v) -> bool {
  if (v->op != Op::Convert) return false;
  auto slice_of = [](const types::Type* t, types::BasicKind k) {
    const auto* s = types::As<types::Slice>(Under(t));
    return s != nullptr && IsBasic(s->elem, k);
  };
  const types::Type* from = v->Operand(0)->type;
  if (IsStringType(v->type)) {
    const auto* b = types::As<types::Basic>(Under(from));
    bool integer = b != nullptr && types::IsInteger(b);
    return integer || slice_of(from, types::BasicKind::Uint8) || slice_of(from, types::BasicKind::Int32);
  }
  return IsStringType(from) && (slice_of(v->type, types::BasicKind::Uint8) || slice_of(v->type, types::BasicKind::Int32));
}

auto IsImplicitAllocation(const Value* v) -> bool { return IsStringConcat(v) || IsAllocatingConvert(v); }

auto BinaryOpText(BinaryOp op) -> std::string_view {
  static constexpr std::string_view kText[] = {"+",  "-",  "*", "/",  "%", "&",  "|",  "^", "&^",
                                               "<<", ">>", "==", "!=", "<", "<=", ">", ">="};
  return kText[static_cast<size_t>(op)];
}

auto UnaryOpText(UnaryOp op) -> std::string_view {
  static constexpr std::string_view kText[] = {"-", "!", "^"};
  return kText[static_cast<size_t>(op)];
}

auto TupleElems(const types::Type* t) -> std::vector<const types::Type*> {
  if (t == nullptr) return {};
  if (const auto* tuple = types::As<Tuple>(t)) return {tuple->elems.begin(), tuple->elems.end()};
  return {t};
}

auto Value::HasSideEffects() const -> bool {
  uint8_t shape = OpShape(op);
  if ((shape & (kShapeEffect | kShapeTerminator)) != 0) return true;
  switch (op) {
    case Op::Convert:  // slice -> array pointer panics when the slice is too short
      return num_operands == 1 && operands[0] != nullptr && Under(operands[0]->type)->kind == types::TypeKind::Slice &&
             PointerElem(type) != nullptr;
    case Op::MapLookup:  // hashing an interface key panics for an unhashable dynamic type
      return num_operands == 2 && operands[1] != nullptr && IsInterfaceType(operands[1]->type);
    default: break;
  }
  if ((shape & kShapeMayPanic) == 0) return false;
  switch (op) {
    case Op::BinOp:
    case Op::IndexAddr:
    case Op::Index:
    case Op::Slice: return Has(kFlagCheck);
    default: return true;
  }
}

// ---- Function ----

Function::Function(Program* program, std::string name, const types::Signature* sig, Pos pos)
    : program_(program), name_(std::move(name)), sig_(sig), pos_(pos) {}

auto Function::AddParam(std::string_view name, const types::Type* type, Pos pos) -> Value* {
  Value* v = NewValue(Op::Param, type, {}, pos);
  v->aux16 = static_cast<uint16_t>(params_.size());
  v->aux.p = program_->Intern(name);
  params_.push_back(v);
  return v;
}

auto Function::AddFreeVar(std::string_view name, const types::Type* type, Pos pos) -> Value* {
  Value* v = NewValue(Op::FreeVar, type, {}, pos);
  v->aux16 = static_cast<uint16_t>(free_vars_.size());
  v->aux.p = program_->Intern(name);
  free_vars_.push_back(v);
  return v;
}

auto ClosureName(const Function& outer, int n) -> std::string {
  return outer.name() + (outer.parent != nullptr ? "." : ".func") + std::to_string(n);
}

auto PackagePathOf(std::string_view symbol) -> std::string_view {
  size_t slash = symbol.rfind('/', symbol.find('('));
  return symbol.substr(0, symbol.find('.', slash == std::string_view::npos ? 0 : slash));
}

auto Function::result_types() const -> std::vector<const types::Type*> {
  std::vector<const types::Type*> out;
  if (sig_ != nullptr) {
    for (const auto& r : sig_->results) out.push_back(r.type);
  }
  return out;
}

auto Function::NewBlock(std::string_view comment) -> Block* {
  auto b = std::make_unique<Block>();
  b->id = static_cast<uint32_t>(blocks_.size());
  b->func = this;
  b->comment = *program_->Intern(comment);
  blocks_.push_back(std::move(b));
  return blocks_.back().get();
}

void Function::RemoveBlocks(const std::vector<bool>& dead) {
  for (auto& b : blocks_) {
    if (!dead[b->id]) continue;
    for (Value* v : b->instrs) v->block = nullptr;
  }
  for (auto& b : blocks_) {
    if (dead[b->id]) continue;
    // Phis lose the operands of dead predecessors.
    std::vector<size_t> keep;
    for (size_t i = 0; i < b->preds.size(); ++i) {
      if (!dead[b->preds[i]->id]) keep.push_back(i);
    }
    if (keep.size() != b->preds.size()) {
      for (Value* v : b->instrs) {
        if (v->op != Op::Phi) continue;
        std::vector<Value*> ops;
        for (size_t i : keep) ops.push_back(v->operands[i]);
        SetOperands(v, ops);
      }
      std::vector<Block*> preds;
      for (size_t i : keep) preds.push_back(b->preds[i]);
      b->preds = std::move(preds);
    }
  }
  for (VarAssign& a : var_assigns) {
    if (a.decl != nullptr && dead[a.decl->id]) a.decl = nullptr;
  }
  std::erase_if(blocks_, [&](const std::unique_ptr<Block>& b) { return dead[b->id]; });
  for (uint32_t i = 0; i < blocks_.size(); ++i) blocks_[i]->id = i;
}

auto Function::NewValue(Op op, const types::Type* type, std::span<Value* const> operands, Pos pos)
    -> Value* {
  Value* v = program_->arena().New<Value>();
  v->op = op;
  v->id = static_cast<uint32_t>(values_.size());
  v->type = type;
  v->pos = pos;
  SetOperands(v, operands);
  values_.push_back(v);
  return v;
}

void Function::SetOperands(Value* v, std::span<Value* const> operands) {
  if (operands.size() > v->num_operands || v->operands == nullptr) {
    v->operands = operands.empty() ? nullptr
                                   : static_cast<Value**>(program_->arena().Allocate(
                                         sizeof(Value*) * operands.size(), alignof(Value*)));
  }
  std::copy(operands.begin(), operands.end(), v->operands);
  v->num_operands = static_cast<uint32_t>(operands.size());
}

// ---- Program ----

Program::Program(BasicLookup basic) : basic_(std::move(basic)) {}

auto Program::NewFunction(std::string name, const types::Signature* sig, Pos pos) -> Function* {
  functions_.push_back(std::make_unique<Function>(this, std::move(name), sig, pos));
  Function* f = functions_.back().get();
  f->set_value(NewProgramValue(Op::Func, sig, f, pos));
  function_index_[f->name()] = f;
  return f;
}

void Program::RemoveFunctions(const std::function<bool(const Function*)>& dead) {
  for (auto& [named, list] : methods_) {
    std::erase_if(list, [&](const MethodEntry& m) { return dead(m.func); });
  }
  for (const auto& f : functions_) {
    if (dead(f.get())) function_index_.erase(f->name());
  }
  std::erase_if(functions_, [&](const std::unique_ptr<Function>& f) { return dead(f.get()); });
}

auto Program::FindFunction(std::string_view name) const -> Function* {
  auto it = function_index_.find(name);
  return it == function_index_.end() ? nullptr : it->second;
}

auto Program::NewGlobal(std::string_view name, const types::Type* type, Pos pos) -> GlobalVar* {
  auto* g = arena_.New<GlobalVar>();
  g->name = *Intern(name);
  g->type = type;
  g->pos = pos;
  g->addr = NewProgramValue(Op::Global, PointerTo(type), g, pos);
  globals_.push_back(g);
  return g;
}

void Program::AddMethod(const types::Type* recv, std::string_view name, Function* fn,
                        bool pointer_receiver, std::string_view pkg_path) {
  if (pkg_path.empty() && recv->kind == types::TypeKind::Named)
    pkg_path = static_cast<const types::Named*>(recv)->pkg_path;
  auto& list = methods_[recv];
  if (list.empty()) {
    if (const auto* st = types::As<types::Struct>(recv);
        st != nullptr && recv->kind == types::TypeKind::Struct) {
      structs_with_methods_.push_back(st);
      struct_representative_.clear();
    }
  }
  MethodEntry e{*Intern(name), fn, pointer_receiver, pkg_path};
  // Kept sorted by name, the order of itabs and method tables.
  auto at =
      std::lower_bound(list.begin(), list.end(), e,
                       [](const MethodEntry& a, const MethodEntry& b) { return a.name < b.name; });
  list.insert(at, e);
}

auto Program::MethodsOf(const types::Type* t) const -> std::span<const MethodEntry> {
  if (t->kind == types::TypeKind::Struct) {
    if (structs_with_methods_.empty()) return {};
    auto [rep, inserted] = struct_representative_.try_emplace(t, nullptr);
    if (inserted) {
      for (const types::Struct* st : structs_with_methods_) {
        if (types::Identical(st, t)) rep->second = st;
      }
    }
    if (rep->second == nullptr) return {};
    t = rep->second;
  }
  auto it = methods_.find(t);
  if (it == methods_.end()) return {};
  return it->second;
}

auto Program::PointerTo(const types::Type* elem) -> const types::Pointer* {
  auto& p = pointers_[elem];
  if (p == nullptr) {
    auto* t = arena_.New<types::Pointer>();
    t->kind = types::TypeKind::Pointer;
    t->elem = elem;
    p = t;
  }
  return p;
}

auto Program::SliceOf(const types::Type* elem) -> const types::Slice* {
  auto& s = slices_[elem];
  if (s == nullptr) {
    auto* t = arena_.New<types::Slice>();
    t->kind = types::TypeKind::Slice;
    t->elem = elem;
    s = t;
  }
  return s;
}

auto Program::TupleOf(std::span<const types::Type* const> elems) -> const Tuple* {
  for (const Tuple* t : tuples_) {
    if (std::equal(t->elems.begin(), t->elems.end(), elems.begin(), elems.end())) return t;
  }
  auto* t = arena_.New<Tuple>();
  t->kind = types::TypeKind::Tuple;
  std::vector<const types::Type*> copy(elems.begin(), elems.end());
  auto stored = arena_.Copy(copy);
  t->elems = {stored.data(), stored.size()};
  tuples_.push_back(t);
  return t;
}

auto Program::EmptyInterface() -> const types::Interface* {
  if (empty_interface_ == nullptr) {
    auto* t = arena_.New<types::Interface>();
    t->kind = types::TypeKind::Interface;
    empty_interface_ = t;
  }
  return empty_interface_;
}

auto Program::ResultType(const types::Signature* sig) -> const types::Type* {
  if (sig == nullptr || sig->results.empty()) return nullptr;
  if (sig->results.size() == 1) return sig->results[0].type;
  std::vector<const types::Type*> elems;
  for (const auto& r : sig->results) elems.push_back(r.type);
  return TupleOf(elems);
}

auto Program::Intern(std::string_view s) -> const std::string_view* {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  char* bytes = static_cast<char*>(arena_.Allocate(s.size() + 1, 1));
  std::copy(s.begin(), s.end(), bytes);
  bytes[s.size()] = '\0';
  auto* view = arena_.New<std::string_view>(bytes, s.size());
  strings_.emplace(*view, view);
  return view;
}

auto Program::NewProgramValue(Op op, const types::Type* type, const void* aux, Pos pos) -> Value* {
  Value* v = arena_.New<Value>();
  v->op = op;
  v->id = next_program_value_id_++;
  v->type = type;
  v->pos = pos;
  v->aux.p = aux;
  return v;
}

}  // namespace gocc::ir
