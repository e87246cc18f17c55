// Memory ops: Alloc, Load/Store, FieldAddr/Field, IndexAddr/Index, Slice, with bounds checks.
//
// Alloc with the heap flag is gocc_alloc(size, descriptor) (descriptor NULL when the type has no
// pointers); without it, an alloca in the entry block, zeroed where the Alloc stands (so a
// variable declared in a loop starts at zero on every iteration). Nil pointers are not tested
// before loads and stores: Go functions carry "null-pointer-is-valid", so LLVM keeps the faulting
// access and the runtime's SIGSEGV handler turns the fault into gc's nil-dereference panic.
// Index and slice checks compare unsigned (a negative index is a huge one) and branch to a cold
// block calling gocc_panic_bounds(x, y, code, signed) with gc's bounds codes.
#include "codegen/abi.h"
#include "codegen/lower.h"
#include "ir/typeutil.h"

namespace gocc::codegen {

namespace {

auto IsSignedInt(const types::Type* t) -> bool {
  const auto* b = types::As<types::Basic>(types::Underlying(t));
  return b != nullptr && ((b->basic >= types::BasicKind::Int && b->basic <= types::BasicKind::Int64) ||
                          b->basic == types::BasicKind::UntypedInt || b->basic == types::BasicKind::UntypedRune);
}

}  // namespace

auto FunctionLowering::LoadValue(llvm::Type* type, llvm::Value* ptr) -> llvm::Value* {
  auto* load = b_.CreateLoad(type, ptr);
  if (fn_.has_defer) load->setVolatile(true);
  return load;
}

void FunctionLowering::StoreValue(llvm::Value* value, llvm::Value* ptr) {
  auto* store = b_.CreateStore(value, ptr);
  if (fn_.has_defer) store->setVolatile(true);
}

auto FunctionLowering::Spill(llvm::Value* v, const types::Type* t) -> llvm::Value* {
  if (IsIndirect(t)) return v;  // already an immutable copy in memory
  llvm::AllocaInst* slot = EntryAlloca(v->getType(), t != nullptr ? m_.types().Align(t) : 8, "spill");
  b_.CreateStore(v, slot);
  return slot;
}

namespace {
constexpr int64_t kMaxStackTemp = 64 << 10;
}

auto FunctionLowering::Temp(const types::Type* t) -> llvm::Value* {
  int64_t size = m_.types().Size(t);
  if (size <= kMaxStackTemp) return EntryAlloca(T(t), m_.types().Align(t), "tmp");
  llvm::IRBuilder<> entry(alloca_block_, alloca_block_->begin());
  llvm::Value* desc = HasPointers(t) ? m_.TypeDescriptor(t)
                                     : llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0));
  llvm::FunctionCallee alloc = m_.Runtime("gocc_alloc");
  return entry.CreateCall(alloc, {entry.getInt64(static_cast<uint64_t>(size)), desc}, "tmp");
}

void FunctionLowering::CopyValue(llvm::Value* dst, llvm::Value* src, const types::Type* t) {
  if (dst == src) return;
  llvm::Align align(static_cast<uint64_t>(m_.types().Align(t)));
  b_.CreateMemCpy(dst, align, src, align, static_cast<uint64_t>(m_.types().Size(t)), fn_.has_defer);
}

auto FunctionLowering::LoadAs(const types::Type* t, llvm::Value* addr) -> llvm::Value* {
  if (!IsIndirect(t)) return b_.CreateLoad(T(t), addr);
  llvm::Value* copy = Temp(t);
  CopyValue(copy, addr, t);
  return copy;
}

void FunctionLowering::StoreAs(const types::Type* t, llvm::Value* value, llvm::Value* addr) {
  if (IsIndirect(t)) {
    CopyValue(addr, value, t);
  } else {
    b_.CreateStore(value, addr);
  }
}

void FunctionLowering::AppendOutPointers(std::span<const types::Type* const> results, std::vector<llvm::Value*>& args) {
  for (const types::Type* r : results) {
    if (IsIndirect(r)) args.push_back(Temp(r));
  }
}

auto FunctionLowering::ToInt64(llvm::Value* x, const types::Type* t) -> llvm::Value* {
  if (x->getType() == m_.types().i64) return x;
  return IsSignedInt(t) ? b_.CreateSExt(x, m_.types().i64) : b_.CreateZExt(x, m_.types().i64);
}

auto FunctionLowering::MakeSliceValue(llvm::Value* ptr, llvm::Value* len, llvm::Value* cap) -> llvm::Value* {
  llvm::Value* s = llvm::PoisonValue::get(m_.types().slice_type);
  s = b_.CreateInsertValue(s, ptr, {0});
  s = b_.CreateInsertValue(s, len, {1});
  return b_.CreateInsertValue(s, cap, {2});
}

auto FunctionLowering::MakeString(llvm::Value* ptr, llvm::Value* len) -> llvm::Value* {
  llvm::Value* s = llvm::PoisonValue::get(m_.types().string_type);
  s = b_.CreateInsertValue(s, ptr, {0});
  return b_.CreateInsertValue(s, len, {1});
}

auto FunctionLowering::AllocMemory(const types::Type* elem, bool heap, llvm::Value* count) -> llvm::Value* {
  int64_t size = m_.types().Size(elem);
  if (heap) {
    llvm::Value* bytes = b_.getInt64(static_cast<uint64_t>(size));
    if (count != nullptr) bytes = b_.CreateMul(bytes, count);
    llvm::Value* desc = HasPointers(elem) ? m_.TypeDescriptor(elem)
                                          : llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0));
    return CallRuntime("gocc_alloc", {bytes, desc});
  }
  llvm::Type* type = T(elem);
  llvm::AllocaInst* slot = EntryAlloca(type, m_.types().Align(elem), "local");
  b_.CreateMemSet(slot, b_.getInt8(0), b_.getInt64(static_cast<uint64_t>(size)),
                  llvm::MaybeAlign(static_cast<uint64_t>(m_.types().Align(elem))), fn_.has_defer);
  return slot;
}

void FunctionLowering::LowerAlloc(const ir::Value* v) {
  Set(v, AllocMemory(ir::PointerElem(v->type), v->Has(ir::kFlagHeap)));
}

void FunctionLowering::LowerLoadStore(const ir::Value* v) {
  if (v->op == ir::Op::Load) {
    Set(v, IsIndirect(v->type) ? LoadAs(v->type, Get(v->Operand(0))) : LoadValue(T(v->type), Get(v->Operand(0))));
  } else if (IsIndirect(v->Operand(1)->type)) {
    StoreAs(v->Operand(1)->type, Get(v->Operand(1)), Get(v->Operand(0)));
  } else {
    StoreValue(Get(v->Operand(1)), Get(v->Operand(0)));
  }
}

// gc's nil check: a compare and a cold call that raises the nil-dereference panic as the fault
// handler would (with the [signal SIGSEGV ... addr=0x0] line). A branch, not a faulting load, so
// LLVM can drop checks dominated by an earlier one and hoist them out of loops.
void FunctionLowering::LowerNilCheck(const ir::Value* v) {
  llvm::Value* p = Get(v->Operand(0));
  if (p->getType()->isStructTy()) p = b_.CreateExtractValue(p, {0});  // an interface: its type word
  if (llvm::isa<llvm::AllocaInst>(p) || llvm::isa<llvm::GlobalValue>(p)) return;
  PanicIf(b_.CreateIsNull(p), [&] { CallRuntime("gocc_panic_nilcheck", {}); });
}

void FunctionLowering::LowerFieldAddr(const ir::Value* v) {
  const auto* st = ir::StructOf(ir::PointerElem(v->Operand(0)->type));
  unsigned index = m_.types().FieldIndex(st, static_cast<int>(v->aux.i));
  Set(v, b_.CreateStructGEP(T(st), Get(v->Operand(0)), index));
}

void FunctionLowering::LowerField(const ir::Value* v) {
  const auto* st = ir::StructOf(v->Operand(0)->type);
  unsigned index = m_.types().FieldIndex(st, static_cast<int>(v->aux.i));
  if (IsIndirect(v->Operand(0)->type)) {
    // The field of an immutable copy is itself one: no copy for an indirect field.
    llvm::Value* addr = b_.CreateStructGEP(T(st), Get(v->Operand(0)), index);
    Set(v, IsIndirect(v->type) ? addr : b_.CreateLoad(T(v->type), addr));
    return;
  }
  Set(v, b_.CreateExtractValue(Get(v->Operand(0)), {index}));
}

void FunctionLowering::BoundsCheck(llvm::Value* index, llvm::Value* length, bool index_signed, int code) {
  if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(index)) {
    if (auto* cl = llvm::dyn_cast<llvm::ConstantInt>(length); cl != nullptr && ci->getValue().ult(cl->getValue())) {
      return;
    }
  }
  llvm::Value* fail = b_.CreateICmpUGE(index, length);
  PanicIf(fail, [&] {
    CallRuntime("gocc_panic_bounds", {index, length, b_.getInt64(static_cast<uint64_t>(code)),
                                      b_.getInt64(index_signed ? 1 : 0)});
  });
}

void FunctionLowering::LowerIndexAddr(const ir::Value* v) {
  const ir::Value* x = v->Operand(0);
  const ir::Value* index = v->Operand(1);
  llvm::Value* i = ToInt64(Get(index), index->type);
  const types::Type* elem = ir::ElemType(x->type);
  if (const auto* arr = types::As<types::Array>(types::Underlying(ir::PointerElem(x->type)))) {
    if (v->Has(ir::kFlagCheck)) BoundsCheck(i, b_.getInt64(static_cast<uint64_t>(arr->len)), IsSignedInt(index->type), abi::kBoundsIndex);
    Set(v, b_.CreateInBoundsGEP(T(arr), Get(x), {b_.getInt64(0), i}));
    return;
  }
  llvm::Value* s = Get(x);
  llvm::Value* ptr = b_.CreateExtractValue(s, {0});
  if (v->Has(ir::kFlagCheck)) BoundsCheck(i, b_.CreateExtractValue(s, {1}), IsSignedInt(index->type), abi::kBoundsIndex);
  Set(v, b_.CreateInBoundsGEP(T(elem), ptr, {i}));
}

void FunctionLowering::LowerIndex(const ir::Value* v) {
  const ir::Value* x = v->Operand(0);
  const ir::Value* index = v->Operand(1);
  llvm::Value* i = ToInt64(Get(index), index->type);
  if (ir::IsStringType(x->type)) {
    llvm::Value* s = Get(x);
    if (v->Has(ir::kFlagCheck)) BoundsCheck(i, b_.CreateExtractValue(s, {1}), IsSignedInt(index->type), abi::kBoundsIndex);
    Set(v, b_.CreateLoad(m_.types().i8, b_.CreateInBoundsGEP(m_.types().i8, b_.CreateExtractValue(s, {0}), {i})));
    return;
  }
  const auto* arr = types::As<types::Array>(types::Underlying(x->type));
  if (v->Has(ir::kFlagCheck)) BoundsCheck(i, b_.getInt64(static_cast<uint64_t>(arr->len)), IsSignedInt(index->type), abi::kBoundsIndex);
  if (IsIndirect(x->type)) {
    llvm::Value* addr = b_.CreateInBoundsGEP(T(arr), Get(x), {b_.getInt64(0), i});
    Set(v, IsIndirect(v->type) ? addr : b_.CreateLoad(T(v->type), addr));
    return;
  }
  if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(i)) {
    Set(v, b_.CreateExtractValue(Get(x), {static_cast<unsigned>(ci->getZExtValue())}));
    return;
  }
  llvm::Value* slot = Spill(Get(x), x->type);
  Set(v, b_.CreateLoad(T(v->type), b_.CreateInBoundsGEP(T(arr), slot, {b_.getInt64(0), i})));
}

auto FunctionLowering::SliceParts(llvm::Value* x, const types::Type* t)
    -> std::tuple<llvm::Value*, llvm::Value*, llvm::Value*> {
  if (ir::IsStringType(t)) {
    llvm::Value* len = b_.CreateExtractValue(x, {1});
    return {b_.CreateExtractValue(x, {0}), len, len};
  }
  if (const auto* arr = types::As<types::Array>(types::Underlying(ir::PointerElem(t)))) {
    llvm::Value* n = b_.getInt64(static_cast<uint64_t>(arr->len));
    return {x, n, n};
  }
  return {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1}), b_.CreateExtractValue(x, {2})};
}

void FunctionLowering::LowerSlice(const ir::Value* v) {
  const ir::Value* x = v->Operand(0);
  bool is_string = ir::IsStringType(x->type);
  bool is_slice = types::As<types::Slice>(types::Underlying(x->type)) != nullptr;
  auto [ptr, len, cap] = SliceParts(Get(x), x->type);
  auto bound = [&](size_t i, llvm::Value* dflt) -> std::pair<llvm::Value*, bool> {
    const ir::Value* b = v->Operand(i);
    if (b == nullptr) return {dflt, false};
    return {ToInt64(Get(b), b->type), IsSignedInt(b->type)};
  };
  auto [lo, lo_signed] = bound(1, b_.getInt64(0));
  auto [hi, hi_signed] = bound(2, len);
  bool three = v->Operand(3) != nullptr;
  auto [max, max_signed] = bound(3, cap);
  if (v->Has(ir::kFlagCheck)) {
    auto check = [&](llvm::Value* a, llvm::Value* limit, bool is_signed, int64_t code) {
      llvm::Value* fail = b_.CreateICmpUGT(a, limit);
      PanicIf(fail, [&] {
        CallRuntime("gocc_panic_bounds", {a, limit, b_.getInt64(static_cast<uint64_t>(code)), b_.getInt64(is_signed ? 1 : 0)});
      });
    };
    if (three) {
      check(max, cap, max_signed, abi::kBoundsSlice3Acap);
      check(hi, max, hi_signed, abi::kBoundsSlice3B);
      check(lo, hi, lo_signed, abi::kBoundsSlice3C);
    } else {
      if (v->Operand(2) != nullptr) {
        check(hi, is_slice ? cap : len, hi_signed, is_slice ? abi::kBoundsSliceAcap : abi::kBoundsSliceAlen);
      }
      check(lo, hi, lo_signed, abi::kBoundsSliceB);
    }
  }
  const types::Type* elem = is_string ? nullptr : ir::ElemType(x->type);
  llvm::Type* elem_type = is_string ? m_.types().i8 : T(elem);
  llvm::Value* new_len = b_.CreateSub(hi, lo);
  llvm::Value* moved = b_.CreateInBoundsGEP(elem_type, ptr, {lo});
  if (is_string) {
    // An empty result keeps the base pointer (never one past the end).
    Set(v, MakeString(b_.CreateSelect(b_.CreateICmpEQ(new_len, b_.getInt64(0)), ptr, moved), new_len));
    return;
  }
  llvm::Value* new_cap = b_.CreateSub(max, lo);
  llvm::Value* new_ptr = b_.CreateSelect(b_.CreateICmpEQ(new_cap, b_.getInt64(0)), ptr, moved);
  Set(v, MakeSliceValue(new_ptr, new_len, new_cap));
}

}  // namespace gocc::codegen
