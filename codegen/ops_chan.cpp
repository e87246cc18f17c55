// Lowering of the goroutine and channel ops to the runtime (runtime/chan.c, chan_select.c,
// sched.c; docs/runtime.md "Goroutines and channels"):
//
//   MakeChan  gocc_makechan(elem type descriptor, size)
//   Send      gocc_chansend1(c, &value)                     (value spilled to an entry alloca)
//   Recv      gocc_chanrecv1(c, &slot) / ok = gocc_chanrecv2(c, &slot); slot loaded afterwards
//   Select    an array of {c, elem, dir} per case on the stack, gocc_selectgo(cases, n, block)
//             -> {index, recvOK}; the receive slots are loaded into the result tuple
//   Go        gocc_go(block): the same {thunk, callee, args} block as a deferred call, always on
//             the heap (the goroutine outlives the frame)
#include "codegen/lower.h"

namespace gocc::codegen {

auto FunctionLowering::CallRuntimeShaped(std::string_view name, llvm::Type* result, std::span<llvm::Value* const> args)
    -> llvm::CallInst* {
  std::vector<llvm::Type*> params;
  for (llvm::Value* a : args) params.push_back(a->getType());
  llvm::FunctionCallee callee = m_.RuntimeByShape(name, llvm::FunctionType::get(result, params, false));
  return b_.CreateCall(callee, llvm::ArrayRef<llvm::Value*>(args.data(), args.size()));
}

namespace {
auto ChanElem(const types::Type* chan_type) -> const types::Type* {
  return types::As<types::Chan>(types::Underlying(chan_type))->elem;
}
}  // namespace

void FunctionLowering::LowerMakeChan(const ir::Value* v) {
  llvm::Value* size = Get(v->Operand(0));
  if (size->getType() != m_.types().i64) size = b_.CreateSExtOrTrunc(size, m_.types().i64);
  llvm::Value* args[] = {m_.TypeDescriptor(ChanElem(v->type)), size};
  Set(v, CallRuntimeShaped("gocc_makechan", m_.types().ptr, args));
}

void FunctionLowering::LowerSend(const ir::Value* v) {
  const ir::Value* value = v->Operand(1);
  llvm::Value* args[] = {Get(v->Operand(0)), Spill(Get(value), value->type)};
  CallRuntimeShaped("gocc_chansend1", llvm::Type::getVoidTy(m_.ctx()), args);
}

void FunctionLowering::LowerRecv(const ir::Value* v) {
  const types::Type* elem = ChanElem(v->Operand(0)->type);
  llvm::Type* et = T(elem);
  // An indirect element is received into its Temp, which then holds the value.
  llvm::Value* slot = IsIndirect(elem) ? Temp(elem) : EntryAlloca(et, std::max<int64_t>(m_.types().Align(elem), 1), "recv");
  auto received = [&]() -> llvm::Value* { return IsIndirect(elem) ? slot : b_.CreateLoad(et, slot); };
  llvm::Value* args[] = {Get(v->Operand(0)), slot};
  if (!v->Has(ir::kFlagCommaOk)) {
    CallRuntimeShaped("gocc_chanrecv1", llvm::Type::getVoidTy(m_.ctx()), args);
    Set(v, received());
    return;
  }
  llvm::CallInst* ok = CallRuntimeShaped("gocc_chanrecv2", m_.types().i1, args);
  ok->addRetAttr(llvm::Attribute::ZExt);
  llvm::Value* tuple = llvm::UndefValue::get(T(v->type));
  tuple = b_.CreateInsertValue(tuple, received(), {0});
  tuple = b_.CreateInsertValue(tuple, ok, {1});
  Set(v, tuple);
}

void FunctionLowering::LowerSelect(const ir::Value* v) {
  llvm::Type* i64 = m_.types().i64;
  llvm::Type* ptr = m_.types().ptr;
  auto* scase = llvm::StructType::get(m_.ctx(), {ptr, ptr, i64});
  // Cases in source order: operands are (chan, [value]) per case; bit i of aux.i marks a send.
  struct CaseInfo {
    llvm::Value* chan;
    llvm::Value* elem;
    bool send;
    const types::Type* elem_type;
  };
  std::vector<CaseInfo> cases;
  for (size_t k = 0, i = 0; k < v->num_operands; ++i) {
    const ir::Value* ch = v->Operand(k++);
    bool send = (v->aux.i >> i) & 1;
    const types::Type* elem = ChanElem(ch->type);
    CaseInfo c{Get(ch), nullptr, send, elem};
    if (send) {
      const ir::Value* value = v->Operand(k++);
      c.elem = Spill(Get(value), value->type);
    } else {
      c.elem = IsIndirect(elem) ? Temp(elem) : EntryAlloca(T(elem), std::max<int64_t>(m_.types().Align(elem), 1), "selrecv");
    }
    cases.push_back(c);
  }
  auto* array_type = llvm::ArrayType::get(scase, cases.size());
  llvm::AllocaInst* array = EntryAlloca(array_type, 8, "scases");
  for (size_t i = 0; i < cases.size(); ++i) {
    llvm::Value* base = b_.CreateConstInBoundsGEP2_32(array_type, array, 0, static_cast<unsigned>(i));
    b_.CreateStore(cases[i].chan, b_.CreateStructGEP(scase, base, 0));
    b_.CreateStore(cases[i].elem, b_.CreateStructGEP(scase, base, 1));
    b_.CreateStore(llvm::ConstantInt::get(i64, cases[i].send ? 1 : 0), b_.CreateStructGEP(scase, base, 2));
  }
  llvm::Value* args[] = {array, llvm::ConstantInt::get(i64, cases.size()),
                         llvm::ConstantInt::get(m_.types().i1, v->aux16 == 0 ? 1 : 0)};
  llvm::CallInst* r = CallRuntimeShaped("gocc_selectgo", m_.types().pair_type, args);
  r->addParamAttr(2, llvm::Attribute::ZExt);
  llvm::Value* tuple = llvm::UndefValue::get(T(v->type));
  tuple = b_.CreateInsertValue(tuple, b_.CreateExtractValue(r, {0}), {0});
  tuple = b_.CreateInsertValue(tuple, b_.CreateICmpNE(b_.CreateExtractValue(r, {1}), llvm::ConstantInt::get(i64, 0)), {1});
  unsigned slot = 2;
  for (const CaseInfo& c : cases) {
    if (c.send) continue;
    llvm::Value* received = IsIndirect(c.elem_type) ? c.elem : b_.CreateLoad(T(c.elem_type), c.elem);
    tuple = b_.CreateInsertValue(tuple, received, {slot++});
  }
  Set(v, tuple);
}

void FunctionLowering::LowerGo(const ir::Value* v) {
  llvm::Value* args[] = {CallBlock(v, /*heap=*/true)};
  CallRuntimeShaped("gocc_go", llvm::Type::getVoidTy(m_.ctx()), args);
}

}  // namespace gocc::codegen
