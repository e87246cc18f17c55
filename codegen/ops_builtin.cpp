// Built-in operations: make, maps, len/cap, append, copy, print/println, range over maps and
// strings.
//
// append(s, x...) with len+n <= cap stores in place; otherwise gocc_growslice(elem, ptr, len,
// cap, len+n) returns the new {ptr, cap} (old elements copied; DESIGN.md §5.3's growth rule is
// the runtime's business) and the new elements are stored after the old ones. Maps pass keys by
// address (a spilled copy) to gocc_mapaccess1/2, gocc_mapassign, gocc_mapdelete.
//
// Range over a map keeps a gocc_mapiter plus a "started" byte in an alloca: gocc_mapiterinit
// positions on the first entry and each Next after the first calls gocc_mapiternext, so an
// entry deleted by the loop body before it is reached is not produced (the spec's rule). Range
// over a string keeps {ptr, len, index}; ASCII bytes are decoded inline, others by
// gocc_decoderune.
#include "codegen/abi.h"
#include "codegen/lower.h"
#include "ir/typeutil.h"

namespace gocc::codegen {

using types::BasicKind;

namespace {
auto BasicKindOf(const types::Type* t) -> BasicKind {
  const auto* b = types::As<types::Basic>(types::Underlying(t));
  return b != nullptr ? b->basic : BasicKind::Invalid;
}
}  // namespace

void FunctionLowering::LowerMakeSlice(const ir::Value* v) {
  const types::Type* elem = ir::ElemType(v->type);
  llvm::Value* len = ToInt64(Get(v->Operand(0)), v->Operand(0)->type);
  llvm::Value* cap = ToInt64(Get(v->Operand(1)), v->Operand(1)->type);
  auto* const_len = llvm::dyn_cast<llvm::ConstantInt>(len);
  auto* const_cap = llvm::dyn_cast<llvm::ConstantInt>(cap);
  if (!v->Has(ir::kFlagHeap) && const_len != nullptr && const_cap != nullptr &&
      const_len->getSExtValue() >= 0 && const_len->getSExtValue() <= const_cap->getSExtValue() &&
      const_cap->getSExtValue() * m_.types().Size(elem) <= 64 * 1024) {
    const auto* arr_type = m_.arena().New<types::Array>();
    auto* arr = const_cast<types::Array*>(arr_type);
    arr->kind = types::TypeKind::Array;
    arr->elem = elem;
    arr->len = const_cap->getSExtValue();
    Set(v, MakeSliceValue(AllocMemory(arr, false), len, cap));
    return;
  }
  llvm::Value* ptr = CallRuntime("gocc_makeslice", {m_.TypeDescriptor(elem), len, cap});
  Set(v, MakeSliceValue(ptr, len, cap));
}

void FunctionLowering::LowerMakeMap(const ir::Value* v) {
  llvm::Value* hint = v->num_operands > 0 ? ToInt64(Get(v->Operand(0)), v->Operand(0)->type) : b_.getInt64(0);
  Set(v, CallRuntime("gocc_makemap", {m_.TypeDescriptor(v->type), hint}));
}

void FunctionLowering::LowerMapOp(const ir::Value* v) {
  const ir::Value* mv = v->Operand(0);
  const auto* map_type = types::As<types::Map>(types::Underlying(mv->type));
  llvm::Value* desc = m_.TypeDescriptor(mv->type);
  llvm::Value* h = Get(mv);
  llvm::Value* key = Spill(Get(v->Operand(1)), map_type->key);
  llvm::Type* value_type = T(map_type->value);
  switch (v->op) {
    case ir::Op::MapLookup:
      if (!v->Has(ir::kFlagCommaOk)) {
        Set(v, LoadAs(map_type->value, CallRuntime("gocc_mapaccess1", {desc, h, key})));
      } else {
        llvm::Value* slot = CallRuntime("gocc_mapaccess2", {desc, h, key});
        llvm::Value* ok = b_.CreateIsNotNull(slot);
        // An absent key reads the zero value from a zeroed temporary instead of the slot.
        llvm::Value* zero;
        if (IsIndirect(map_type->value)) {
          zero = m_.ZeroArea(map_type->value);
        } else {
          zero = EntryAlloca(value_type, m_.types().Align(map_type->value), "zero");
          b_.CreateStore(llvm::Constant::getNullValue(value_type), zero);
        }
        llvm::Value* value = LoadAs(map_type->value, b_.CreateSelect(ok, slot, zero));
        llvm::Value* pair = llvm::PoisonValue::get(T(v->type));
        pair = b_.CreateInsertValue(pair, value, {0});
        Set(v, b_.CreateInsertValue(pair, ok, {1}));
      }
      return;
    case ir::Op::MapUpdate: {
      llvm::Value* slot = CallRuntime("gocc_mapassign", {desc, h, key});
      llvm::Value* value = Get(v->Operand(2));
      if (v->Has(ir::kFlagOpAssign)) value = MapElemOp(v->binop(), LoadAs(map_type->value, slot), value, map_type->value);
      StoreAs(map_type->value, value, slot);
      return;
    }
    default:
      CallRuntime("gocc_mapdelete", {desc, h, key});
      return;
  }
}

void FunctionLowering::LowerLenCap(const ir::Value* v) {
  const ir::Value* xv = v->Operand(0);
  const types::Type* u = types::Underlying(xv->type);
  if (const types::Type* elem = ir::PointerElem(u)) u = types::Underlying(elem);
  if (const auto* arr = types::As<types::Array>(u)) {
    Set(v, b_.getInt64(static_cast<uint64_t>(arr->len)));
    return;
  }
  llvm::Value* x = Get(xv);
  if (types::As<types::Map>(u) != nullptr) {
    Set(v, CallRuntime("gocc_maplen", {x}));
    return;
  }
  llvm::Value* n = b_.CreateExtractValue(x, {v->op == ir::Op::Len ? 1u : 2u});
  // A length is never negative: with that, LLVM's constraint elimination derives `i < len` from
  // `i < len-1` (`len-1` cannot wrap), as gc's prove does (fasta's `k < len(cum)-1 && r >=
  // cum[k]` loses its bounds check). Optimised builds only.
  if (m_.options().opt_level > 0) b_.CreateAssumption(b_.CreateICmpSGE(n, b_.getInt64(0)));
  Set(v, n);
}

void FunctionLowering::LowerAppend(const ir::Value* v) {
  const types::Type* elem = ir::ElemType(v->type);
  llvm::Type* elem_type = T(elem);
  int64_t elem_size = m_.types().Size(elem);
  llvm::Value* s = Get(v->Operand(0));
  llvm::Value* ptr = b_.CreateExtractValue(s, {0});
  llvm::Value* len = b_.CreateExtractValue(s, {1});
  llvm::Value* cap = b_.CreateExtractValue(s, {2});
  llvm::Value* src_ptr = nullptr;
  llvm::Value* count;
  if (v->Has(ir::kFlagSpread)) {
    llvm::Value* more = Get(v->Operand(1));
    src_ptr = b_.CreateExtractValue(more, {0});
    count = b_.CreateExtractValue(more, {1});
  } else {
    count = b_.getInt64(v->num_operands - 1);
  }
  llvm::Value* new_len = b_.CreateAdd(len, count);
  llvm::BasicBlock* grow = NewBlock("append.grow");
  llvm::BasicBlock* store = NewBlock("append.store");
  llvm::BasicBlock* from = b_.GetInsertBlock();
  b_.CreateCondBr(b_.CreateICmpUGT(new_len, cap), grow, store);
  b_.SetInsertPoint(grow);
  llvm::Constant* site = m_.AllocSite(v);
  if (site != nullptr) b_.CreateStore(site, m_.AllocSiteVar());
  llvm::Value* grown = CallRuntime("gocc_growslice", {m_.TypeDescriptor(elem), ptr, len, cap, new_len});
  if (site != nullptr) ClearAllocSite();
  llvm::Value* grown_ptr = b_.CreateExtractValue(grown, {0});
  llvm::Value* grown_cap = b_.CreateExtractValue(grown, {1});
  b_.CreateBr(store);
  b_.SetInsertPoint(store);
  auto* ptr_phi = b_.CreatePHI(m_.types().ptr, 2);
  ptr_phi->addIncoming(ptr, from);
  ptr_phi->addIncoming(grown_ptr, grow);
  auto* cap_phi = b_.CreatePHI(m_.types().i64, 2);
  cap_phi->addIncoming(cap, from);
  cap_phi->addIncoming(grown_cap, grow);
  llvm::Value* dst = b_.CreateInBoundsGEP(elem_type, ptr_phi, {len});
  if (v->Has(ir::kFlagSpread)) {
    CallRuntime("gocc_memmove", {dst, src_ptr, b_.CreateMul(count, b_.getInt64(static_cast<uint64_t>(elem_size)))});
  } else {
    for (size_t i = 1; i < v->num_operands; ++i) {
      StoreAs(elem, Get(v->Operand(i)), b_.CreateConstInBoundsGEP1_64(elem_type, dst, i - 1));
    }
  }
  Set(v, MakeSliceValue(ptr_phi, new_len, cap_phi));
}

void FunctionLowering::LowerCopy(const ir::Value* v) {
  llvm::Value* dst = Get(v->Operand(0));
  llvm::Value* src = Get(v->Operand(1));
  int64_t elem_size = m_.types().Size(ir::ElemType(v->Operand(0)->type));
  // n = min(len(dst), len(src)) elements, moved by gocc_memmove (lengths are never negative).
  llvm::Value* n = b_.CreateBinaryIntrinsic(llvm::Intrinsic::smin, b_.CreateExtractValue(dst, {1}),
                                            b_.CreateExtractValue(src, {1}));
  CallRuntime("gocc_memmove", {b_.CreateExtractValue(dst, {0}), b_.CreateExtractValue(src, {0}),
                               b_.CreateMul(n, b_.getInt64(static_cast<uint64_t>(elem_size)))});
  Set(v, n);
}

void FunctionLowering::LowerPrint(const ir::Value* v) {
  bool newline = v->Has(ir::kFlagNewline);
  CallRuntime("gocc_printlock", {});
  for (size_t i = 0; i < v->num_operands; ++i) {
    if (newline && i > 0) CallRuntime("gocc_printsp", {});
    const ir::Value* a = v->Operand(i);
    llvm::Value* x = Get(a);
    const types::Type* u = types::Underlying(a->type);
    BasicKind k = BasicKindOf(u);
    switch (u->kind) {
      case types::TypeKind::Basic:
        if (k == BasicKind::Bool || k == BasicKind::UntypedBool) {
          CallRuntime("gocc_printbool", {x});
        } else if ((k >= BasicKind::Int && k <= BasicKind::Int64) || k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) {
          CallRuntime("gocc_printint", {b_.CreateSExt(x, m_.types().i64)});
        } else if (k >= BasicKind::Uint && k <= BasicKind::Uintptr) {
          CallRuntime("gocc_printuint", {b_.CreateZExt(x, m_.types().i64)});
        } else if (k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat) {
          CallRuntime("gocc_printfloat", {b_.CreateFPExt(x, m_.types().f64)});
        } else if (k == BasicKind::Complex64 || k == BasicKind::Complex128 || k == BasicKind::UntypedComplex) {
          CallRuntime("gocc_printcomplex", {b_.CreateFPExt(b_.CreateExtractValue(x, {0}), m_.types().f64),
                                            b_.CreateFPExt(b_.CreateExtractValue(x, {1}), m_.types().f64)});
        } else if (k == BasicKind::String || k == BasicKind::UntypedString) {
          CallRuntime("gocc_printstring", {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1})});
        } else {
          CallRuntime("gocc_printpointer", {x});  // unsafe.Pointer, nil
        }
        break;
      case types::TypeKind::Slice:
        CallRuntime("gocc_printslice", {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1}),
                                        b_.CreateExtractValue(x, {2})});
        break;
      case types::TypeKind::Interface:
        CallRuntime(InterfaceMethods(u).empty() ? "gocc_printeface" : "gocc_printiface",
                    {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1})});
        break;
      default: CallRuntime("gocc_printpointer", {x}); break;
    }
  }
  if (newline) CallRuntime("gocc_printnl", {});
  CallRuntime("gocc_printunlock", {});
}

void FunctionLowering::LowerRange(const ir::Value* v) {
  const ir::Value* xv = v->Operand(0);
  llvm::Value* x = Get(xv);
  if (v->Has(ir::kFlagString)) {
    auto* type = llvm::StructType::get(m_.ctx(), {m_.types().ptr, m_.types().i64, m_.types().i64});
    llvm::AllocaInst* it = EntryAlloca(type, 8, "strit");
    b_.CreateStore(b_.CreateExtractValue(x, {0}), b_.CreateStructGEP(type, it, 0));
    b_.CreateStore(b_.CreateExtractValue(x, {1}), b_.CreateStructGEP(type, it, 1));
    b_.CreateStore(b_.getInt64(0), b_.CreateStructGEP(type, it, 2));
    Set(v, it);
    return;
  }
  auto* type = llvm::ArrayType::get(m_.types().i8, abi::kMapIterSize + 8);
  llvm::AllocaInst* it = EntryAlloca(type, 8, "mapit");
  b_.CreateMemSet(it, b_.getInt8(0), b_.getInt64(abi::kMapIterSize + 8), llvm::MaybeAlign(8));
  CallRuntime("gocc_mapiterinit", {m_.TypeDescriptor(xv->type), x, it});
  Set(v, it);
}

void FunctionLowering::LowerNext(const ir::Value* v) {
  llvm::Value* it = Get(v->Operand(0));
  const auto* tuple = static_cast<const ir::Tuple*>(v->type);
  llvm::Type* key_type = V(tuple->elems[1]);
  llvm::Type* value_type = V(tuple->elems[2]);
  llvm::Value* result = llvm::PoisonValue::get(T(v->type));
  if (v->Has(ir::kFlagString)) {
    auto* type = llvm::StructType::get(m_.ctx(), {m_.types().ptr, m_.types().i64, m_.types().i64});
    llvm::Value* p = b_.CreateLoad(m_.types().ptr, b_.CreateStructGEP(type, it, 0));
    llvm::Value* n = b_.CreateLoad(m_.types().i64, b_.CreateStructGEP(type, it, 1));
    llvm::Value* idx_addr = b_.CreateStructGEP(type, it, 2);
    llvm::Value* idx = b_.CreateLoad(m_.types().i64, idx_addr);
    llvm::Value* ok = b_.CreateICmpSLT(idx, n);
    llvm::BasicBlock* from = b_.GetInsertBlock();
    llvm::BasicBlock* byte_block = NewBlock("next.byte");
    llvm::BasicBlock* multi = NewBlock("next.multi");
    llvm::BasicBlock* done = NewBlock("next.done");
    b_.CreateCondBr(ok, byte_block, done);
    b_.SetInsertPoint(byte_block);
    llvm::Value* byte = b_.CreateLoad(m_.types().i8, b_.CreateInBoundsGEP(m_.types().i8, p, {idx}));
    llvm::Value* ascii = b_.CreateICmpULT(byte, b_.getInt8(0x80));
    llvm::Value* ascii_rune = b_.CreateZExt(byte, m_.types().i32);
    llvm::Value* ascii_next = b_.CreateAdd(idx, b_.getInt64(1));
    b_.CreateCondBr(ascii, done, multi);
    b_.SetInsertPoint(multi);
    llvm::Value* pair = CallRuntime("gocc_decoderune", {p, n, idx});
    llvm::Value* multi_rune = b_.CreateTrunc(b_.CreateExtractValue(pair, {0}), m_.types().i32);
    llvm::Value* multi_next = b_.CreateExtractValue(pair, {1});
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    auto* rune = b_.CreatePHI(m_.types().i32, 3);
    rune->addIncoming(b_.getInt32(0), from);
    rune->addIncoming(ascii_rune, byte_block);
    rune->addIncoming(multi_rune, multi);
    auto* next = b_.CreatePHI(m_.types().i64, 3);
    next->addIncoming(idx, from);
    next->addIncoming(ascii_next, byte_block);
    next->addIncoming(multi_next, multi);
    b_.CreateStore(next, idx_addr);
    result = b_.CreateInsertValue(result, ok, {0});
    result = b_.CreateInsertValue(result, b_.CreateZExtOrTrunc(idx, key_type), {1});
    Set(v, b_.CreateInsertValue(result, b_.CreateZExtOrTrunc(rune, value_type), {2}));
    return;
  }
  llvm::Value* started_addr = b_.CreateConstGEP1_64(m_.types().i8, it, abi::kMapIterSize);
  llvm::Value* started = b_.CreateICmpNE(b_.CreateLoad(m_.types().i8, started_addr), b_.getInt8(0));
  llvm::BasicBlock* advance = NewBlock("next.advance");
  llvm::BasicBlock* read = NewBlock("next.read");
  b_.CreateCondBr(started, advance, read);
  b_.SetInsertPoint(advance);
  CallRuntime("gocc_mapiternext", {it});
  b_.CreateBr(read);
  b_.SetInsertPoint(read);
  b_.CreateStore(b_.getInt8(1), started_addr);
  llvm::Value* key_ptr = b_.CreateLoad(m_.types().ptr, it);
  llvm::Value* elem_ptr = b_.CreateLoad(m_.types().ptr, b_.CreateConstGEP1_64(m_.types().i8, it, abi::kMapIterElemOffset));
  llvm::Value* ok = b_.CreateIsNotNull(key_ptr);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  llvm::BasicBlock* load = NewBlock("next.load");
  llvm::BasicBlock* done = NewBlock("next.done");
  b_.CreateCondBr(ok, load, done);
  b_.SetInsertPoint(load);
  llvm::Value* k = LoadAs(tuple->elems[1], key_ptr);
  llvm::Value* e = LoadAs(tuple->elems[2], elem_ptr);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  auto* kphi = b_.CreatePHI(key_type, 2);
  auto zero = [&](const types::Type* t, llvm::Type* type) -> llvm::Constant* {
    return IsIndirect(t) ? m_.ZeroArea(t) : llvm::Constant::getNullValue(type);
  };
  kphi->addIncoming(zero(tuple->elems[1], key_type), from);
  kphi->addIncoming(k, load);
  auto* ephi = b_.CreatePHI(value_type, 2);
  ephi->addIncoming(zero(tuple->elems[2], value_type), from);
  ephi->addIncoming(e, load);
  result = b_.CreateInsertValue(result, ok, {0});
  result = b_.CreateInsertValue(result, kphi, {1});
  Set(v, b_.CreateInsertValue(result, ephi, {2}));
}

}  // namespace gocc::codegen
