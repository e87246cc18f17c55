// ir::Builder: one method per instruction; result types follow Go's rules from the operands.
#include "ir/ir_builder.h"

#include <cassert>
#include <vector>

#include "ir/typeutil.h"

namespace gocc::ir {

using types::BasicKind;

Builder::Builder(Function* fn) : fn_(fn) {}

auto Builder::Emit(Op op, const types::Type* type, std::span<Value* const> operands) -> Value* {
  assert(block_ != nullptr && "no insertion block");
  Value* v = fn_->NewValue(op, type, operands, pos_);
  v->block = block_;
  if (op == Op::Phi) {
    // Phis stay together at the top of the block.
    auto it = block_->instrs.begin();
    while (it != block_->instrs.end() && (*it)->op == Op::Phi) ++it;
    block_->instrs.insert(it, v);
  } else {
    block_->instrs.push_back(v);
  }
  return v;
}

auto Builder::Constant(Op op, const types::Type* t) -> Value* {
  return fn_->NewValue(op, t, {}, pos_);
}

auto Builder::ConstBool(bool v) -> Value* {
  Value* c = Constant(Op::ConstBool, program()->Bool());
  c->aux.i = v ? 1 : 0;
  return c;
}
auto Builder::ConstInt(const types::Type* t, int64_t v) -> Value* {
  Value* c = Constant(Op::ConstInt, t);
  c->aux.i = v;
  return c;
}
auto Builder::ConstFloat(const types::Type* t, double v) -> Value* {
  Value* c = Constant(Op::ConstFloat, t);
  c->aux.f = v;
  return c;
}
auto Builder::ConstComplex(const types::Type* t, double re, double im) -> Value* {
  Value* c = Constant(Op::ConstComplex, t);
  c->aux.p = program()->arena().New<ComplexConst>(ComplexConst{re, im});
  return c;
}
auto Builder::ConstString(const types::Type* t, std::string_view bytes) -> Value* {
  Value* c = Constant(Op::ConstString, t);
  c->aux.p = program()->Intern(bytes);
  return c;
}
auto Builder::Nil(const types::Type* t) -> Value* { return Constant(Op::ConstNil, t); }
auto Builder::Zero(const types::Type* t) -> Value* { return Constant(Op::ConstZero, t); }

// ---- memory ----

auto Builder::Alloc(const types::Type* elem, std::string_view comment, bool heap) -> Value* {
  Value* v = Emit(Op::Alloc, program()->PointerTo(elem), {});
  v->aux.p = program()->Intern(comment);
  if (heap) v->flags |= kFlagHeap;
  return v;
}

auto Builder::Load(Value* ptr) -> Value* { return Emit(Op::Load, PointerElem(ptr->type), {&ptr, 1}); }

void Builder::Store(Value* ptr, Value* value) {
  Value* ops[] = {ptr, value};
  Emit(Op::Store, nullptr, ops);
}

void Builder::NilCheck(Value* ptr) { Emit(Op::NilCheck, nullptr, {&ptr, 1}); }

auto Builder::FieldAddr(Value* struct_ptr, int field) -> Value* {
  const auto* st = StructOf(PointerElem(struct_ptr->type));
  Value* v = Emit(Op::FieldAddr, program()->PointerTo(st->fields[field].type), {&struct_ptr, 1});
  v->aux.i = field;
  return v;
}

auto Builder::Field(Value* struct_value, int field) -> Value* {
  const auto* st = StructOf(struct_value->type);
  Value* v = Emit(Op::Field, st->fields[field].type, {&struct_value, 1});
  v->aux.i = field;
  return v;
}

auto Builder::IndexAddr(Value* x, Value* index, bool check) -> Value* {
  Value* ops[] = {x, index};
  Value* v = Emit(Op::IndexAddr, program()->PointerTo(ElemType(x->type)), ops);
  if (check) v->flags |= kFlagCheck;
  return v;
}

auto Builder::Index(Value* x, Value* index, bool check) -> Value* {
  const types::Type* t = IsStringType(x->type) ? program()->Basic(BasicKind::Uint8) : ElemType(x->type);
  Value* ops[] = {x, index};
  Value* v = Emit(Op::Index, t, ops);
  if (check) v->flags |= kFlagCheck;
  return v;
}

auto Builder::Slice(Value* x, Value* low, Value* high, Value* max, bool check) -> Value* {
  const types::Type* t = x->type;
  if (const types::Type* elem = PointerElem(x->type)) {
    t = program()->SliceOf(types::As<types::Array>(Under(elem))->elem);
  } else if (IsBasic(x->type, BasicKind::UntypedString)) {
    t = program()->Basic(BasicKind::String);
  }
  Value* ops[] = {x, low, high, max};
  Value* v = Emit(Op::Slice, t, ops);
  if (check) v->flags |= kFlagCheck;
  return v;
}

// ---- arithmetic ----

auto Builder::BinOp(BinaryOp op, Value* x, Value* y, bool check) -> Value* {
  const types::Type* t = IsComparison(op) ? program()->Bool() : x->type;
  Value* ops[] = {x, y};
  Value* v = Emit(Op::BinOp, t, ops);
  v->aux16 = static_cast<uint16_t>(op);
  if (IsStringConcat(v)) v->flags |= kFlagHeap;  // until escape analysis says otherwise
  bool int_div = (op == BinaryOp::Div || op == BinaryOp::Rem) &&
                 types::As<types::Basic>(Under(x->type)) != nullptr &&
                 static_cast<const types::Basic*>(Under(x->type))->basic >= BasicKind::Int &&
                 static_cast<const types::Basic*>(Under(x->type))->basic <= BasicKind::Uintptr;
  bool signed_shift = (op == BinaryOp::Shl || op == BinaryOp::Shr) &&
                      types::As<types::Basic>(Under(y->type)) != nullptr &&
                      static_cast<const types::Basic*>(Under(y->type))->basic >= BasicKind::Int &&
                      static_cast<const types::Basic*>(Under(y->type))->basic <= BasicKind::Int64;
  if (check && (int_div || signed_shift)) v->flags |= kFlagCheck;
  return v;
}

auto Builder::UnOp(UnaryOp op, Value* x) -> Value* {
  Value* v = Emit(Op::UnOp, x->type, {&x, 1});
  v->aux16 = static_cast<uint16_t>(op);
  return v;
}

auto Builder::Convert(const types::Type* to, Value* x) -> Value* {
  Value* v = Emit(Op::Convert, to, {&x, 1});
  if (IsAllocatingConvert(v)) v->flags |= kFlagHeap;  // until escape analysis says otherwise
  return v;
}
auto Builder::ChangeType(const types::Type* to, Value* x) -> Value* {
  return Emit(Op::ChangeType, to, {&x, 1});
}
auto Builder::MakeComplex(const types::Type* t, Value* re, Value* im) -> Value* {
  Value* ops[] = {re, im};
  return Emit(Op::MakeComplex, t, ops);
}
auto Builder::Real(Value* c) -> Value* {
  bool is64 = IsBasic(c->type, BasicKind::Complex64);
  return Emit(Op::Real, program()->Basic(is64 ? BasicKind::Float32 : BasicKind::Float64), {&c, 1});
}
auto Builder::Imag(Value* c) -> Value* {
  bool is64 = IsBasic(c->type, BasicKind::Complex64);
  return Emit(Op::Imag, program()->Basic(is64 ? BasicKind::Float32 : BasicKind::Float64), {&c, 1});
}

// ---- interfaces ----

auto Builder::MakeInterface(const types::Type* iface, Value* x, std::string_view comment) -> Value* {
  Value* v = Emit(Op::MakeInterface, iface, {&x, 1});
  v->aux.p = program()->Intern(comment);
  v->flags |= kFlagHeap;
  return v;
}

auto Builder::TypeAssert(Value* x, const types::Type* asserted, bool comma_ok) -> Value* {
  const types::Type* t = asserted;
  if (comma_ok) {
    const types::Type* elems[] = {asserted, program()->Bool()};
    t = program()->TupleOf(elems);
  }
  Value* v = Emit(Op::TypeAssert, t, {&x, 1});
  v->aux.p = asserted;
  if (comma_ok) v->flags |= kFlagCommaOk;
  return v;
}

auto Builder::ChangeInterface(const types::Type* iface, Value* x) -> Value* {
  return Emit(Op::ChangeInterface, iface, {&x, 1});
}

// ---- closures, slices, maps ----

auto Builder::MakeClosure(Function* fn, std::span<Value* const> bindings, std::string_view comment)
    -> Value* {
  std::vector<Value*> ops{fn->value()};
  ops.insert(ops.end(), bindings.begin(), bindings.end());
  Value* v = Emit(Op::MakeClosure, fn->signature(), ops);
  v->aux.p = program()->Intern(comment);
  v->flags |= kFlagHeap;
  return v;
}

auto Builder::MakeSlice(const types::Type* slice_type, Value* len, Value* cap, std::string_view comment)
    -> Value* {
  Value* ops[] = {len, cap != nullptr ? cap : len};
  Value* v = Emit(Op::MakeSlice, slice_type, ops);
  v->aux.p = program()->Intern(comment);
  v->flags |= kFlagHeap;
  return v;
}

auto Builder::MakeMap(const types::Type* map_type, Value* hint, std::string_view comment) -> Value* {
  Value* v = Emit(Op::MakeMap, map_type, hint != nullptr ? std::span<Value* const>{&hint, 1}
                                                         : std::span<Value* const>{});
  v->aux.p = program()->Intern(comment);
  v->flags |= kFlagHeap;
  return v;
}

auto Builder::MapLookup(Value* m, Value* key, bool comma_ok) -> Value* {
  const types::Type* t = types::As<types::Map>(Under(m->type))->value;
  if (comma_ok) {
    const types::Type* elems[] = {t, program()->Bool()};
    t = program()->TupleOf(elems);
  }
  Value* ops[] = {m, key};
  Value* v = Emit(Op::MapLookup, t, ops);
  if (comma_ok) v->flags |= kFlagCommaOk;
  return v;
}

void Builder::MapUpdate(Value* m, Value* key, Value* value) {
  Value* ops[] = {m, key, value};
  Emit(Op::MapUpdate, nullptr, ops);
}

void Builder::MapUpdateOp(Value* m, Value* key, BinaryOp op, Value* value) {
  Value* ops[] = {m, key, value};
  Value* v = Emit(Op::MapUpdate, nullptr, ops);
  v->flags |= kFlagOpAssign;
  v->aux16 = static_cast<uint16_t>(op);
}

void Builder::MapDelete(Value* m, Value* key) {
  Value* ops[] = {m, key};
  Emit(Op::MapDelete, nullptr, ops);
}

auto Builder::Len(Value* x) -> Value* { return Emit(Op::Len, program()->Int(), {&x, 1}); }
auto Builder::Cap(Value* x) -> Value* { return Emit(Op::Cap, program()->Int(), {&x, 1}); }

auto Builder::Append(Value* slice, std::span<Value* const> elems) -> Value* {
  std::vector<Value*> ops{slice};
  ops.insert(ops.end(), elems.begin(), elems.end());
  return Emit(Op::Append, slice->type, ops);
}

auto Builder::AppendSpread(Value* slice, Value* more) -> Value* {
  Value* ops[] = {slice, more};
  Value* v = Emit(Op::Append, slice->type, ops);
  v->flags |= kFlagSpread;
  return v;
}

auto Builder::Copy(Value* dst, Value* src) -> Value* {
  Value* ops[] = {dst, src};
  return Emit(Op::Copy, program()->Int(), ops);
}

// ---- calls ----

auto Builder::NewCall(Op op, CallKind kind, const types::Type* result, std::span<Value* const> operands)
    -> Value* {
  Value* v = Emit(op, result, operands);
  v->aux16 = static_cast<uint16_t>(kind);
  return v;
}

namespace {
auto Prepend(Value* first, std::span<Value* const> rest) -> std::vector<Value*> {
  std::vector<Value*> ops{first};
  ops.insert(ops.end(), rest.begin(), rest.end());
  return ops;
}
}  // namespace

auto Builder::Call(Function* fn, std::span<Value* const> args) -> Value* {
  return NewCall(Op::Call, CallKind::Static, program()->ResultType(fn->signature()),
                 Prepend(fn->value(), args));
}

auto Builder::CallValue(Value* closure, std::span<Value* const> args) -> Value* {
  const auto* sig = types::As<types::Signature>(Under(closure->type));
  return NewCall(Op::Call, CallKind::Closure, program()->ResultType(sig), Prepend(closure, args));
}

auto Builder::Invoke(Value* iface, std::string_view method, const types::Signature* sig,
                     std::span<Value* const> args) -> Value* {
  Value* v = NewCall(Op::Call, CallKind::Invoke, program()->ResultType(sig), Prepend(iface, args));
  v->aux.p = program()->Intern(method);
  return v;
}

auto Builder::CallRuntime(std::string_view name, const types::Type* result,
                          std::span<Value* const> args) -> Value* {
  Value* v = NewCall(Op::Call, CallKind::Runtime, result, args);
  v->aux.p = program()->Intern(name);
  return v;
}

auto Builder::Extract(Value* tuple, int index) -> Value* {
  Value* v = Emit(Op::Extract, types::As<Tuple>(tuple->type)->elems[index], {&tuple, 1});
  v->aux.i = index;
  return v;
}

auto Builder::Phi(const types::Type* t) -> Value* { return Emit(Op::Phi, t, {}); }

void Builder::SetPhiOperands(Value* phi, std::span<Value* const> operands) {
  fn_->SetOperands(phi, operands);
}

void Builder::Defer(Function* fn, std::span<Value* const> args) {
  NewCall(Op::Defer, CallKind::Static, nullptr, Prepend(fn->value(), args))->flags |= kFlagHeap;
  fn_->has_defer = true;
}

void Builder::DeferValue(Value* closure, std::span<Value* const> args) {
  NewCall(Op::Defer, CallKind::Closure, nullptr, Prepend(closure, args))->flags |= kFlagHeap;
  fn_->has_defer = true;
}

void Builder::DeferInvoke(Value* iface, std::string_view method, std::span<Value* const> args) {
  Value* v = NewCall(Op::Defer, CallKind::Invoke, nullptr, Prepend(iface, args));
  v->aux.p = program()->Intern(method);
  v->flags |= kFlagHeap;
  fn_->has_defer = true;
}

void Builder::RunDefers() { Emit(Op::RunDefers, nullptr, {}); }

auto Builder::Recover() -> Value* { return Emit(Op::Recover, program()->EmptyInterface(), {}); }

void Builder::Print(std::span<Value* const> args, bool newline) {
  Value* v = Emit(Op::Print, nullptr, args);
  if (newline) v->flags |= kFlagNewline;
}

auto Builder::Range(Value* x) -> Value* {
  // The iterator's type is opaque; the ranged value's type stands in for it.
  Value* v = Emit(Op::Range, x->type, {&x, 1});
  if (IsStringType(x->type)) v->flags |= kFlagString;
  return v;
}

auto Builder::Next(Value* iter, const types::Type* key, const types::Type* value, bool over_string)
    -> Value* {
  const types::Type* elems[] = {program()->Bool(), key, value};
  Value* v = Emit(Op::Next, program()->TupleOf(elems), {&iter, 1});
  if (over_string) v->flags |= kFlagString;
  return v;
}

// ---- terminators ----

void Builder::AddEdge(Block* from, Block* to) {
  from->succs.push_back(to);
  to->preds.push_back(from);
}

void Builder::Jump(Block* target) {
  Emit(Op::Jump, nullptr, {});
  AddEdge(block_, target);
}

void Builder::If(Value* cond, Block* then_block, Block* else_block) {
  Emit(Op::If, nullptr, {&cond, 1});
  AddEdge(block_, then_block);
  AddEdge(block_, else_block);
}

void Builder::Return(std::span<Value* const> results) { Emit(Op::Return, nullptr, results); }

void Builder::Panic(Value* iface_value) { Emit(Op::Panic, nullptr, {&iface_value, 1}); }

void Builder::Unreachable() { Emit(Op::Unreachable, nullptr, {}); }

}  // namespace gocc::ir
