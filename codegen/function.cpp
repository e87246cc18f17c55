// Lowering one function: blocks, values, phis, control flow, the defer frame.
//
// Every Go function becomes `R name(ptr %ctx, params...)`: %ctx is the closure block for
// function literals (free variables are loaded from it in the prologue) and ignored otherwise,
// so any function can also be called through a func value. R is void, the one result, or a
// struct of the results. An extra first LLVM block ("allocas") holds the entry-block allocas
// and the prologue, then branches to the IR entry.
//
// A function with defers (runtime/goccrt.h "Defer, panic and recover") keeps a gocc_frame in
// an alloca, pushes it in the prologue and calls _setjmp on it; the non-zero return is the
// landing path: gocc_frame_landing (returns only if a deferred call recovered), then the IR's
// recover block (or a return of zero values). RunDefers is gocc_frame_return. Loads and stores
// in such functions are volatile, so values written after _setjmp are in memory at the landing.
#include <llvm/IR/MDBuilder.h>

#include "codegen/abi.h"
#include "codegen/lower.h"
#include "ir/dom.h"
#include "ir/print.h"
#include "ir/typeutil.h"

namespace gocc::codegen {

namespace {

// Whether v may allocate on the heap for its own source site: an allocation escape analysis left
// on the heap (an op that allocates, a concatenation, a conversion), or an append that grows.
// Append is not among them: it allocates only when it grows, and stores its site around that
// call itself (LowerAppend), off the path that has room.
auto CountsAllocations(const ir::Value* v) -> bool {
  bool site = (ir::OpShape(v->op) & ir::kShapeAllocates) != 0 || ir::IsImplicitAllocation(v);
  return site && v->Has(ir::kFlagHeap);
}

}  // namespace

FunctionLowering::FunctionLowering(ModuleLowering& m, const ir::Function& fn, llvm::Function* llfn)
    : m_(m), fn_(fn), llfn_(llfn), b_(m.ctx()) {}

auto FunctionLowering::NewBlock(const char* name) -> llvm::BasicBlock* {
  return llvm::BasicBlock::Create(m_.ctx(), name, llfn_);
}

auto FunctionLowering::EntryAlloca(llvm::Type* type, int64_t align, const char* name) -> llvm::AllocaInst* {
  llvm::IRBuilder<> entry(alloca_block_, alloca_block_->begin());
  auto* a = entry.CreateAlloca(type, nullptr, name);
  a->setAlignment(llvm::Align(static_cast<uint64_t>(std::max<int64_t>(align, 1))));
  return a;
}

auto FunctionLowering::CallRuntime(std::string_view name, std::span<llvm::Value* const> args) -> llvm::CallInst* {
  llvm::FunctionCallee callee = m_.Runtime(name);
  auto* call = b_.CreateCall(callee, llvm::ArrayRef<llvm::Value*>(args.data(), args.size()));
  if (auto* f = llvm::dyn_cast<llvm::Function>(callee.getCallee())) call->setAttributes(f->getAttributes());
  return call;
}

auto FunctionLowering::CallRuntime(std::string_view name, std::initializer_list<llvm::Value*> args)
    -> llvm::CallInst* {
  return CallRuntime(name, std::span<llvm::Value* const>(args.begin(), args.size()));
}

void FunctionLowering::PanicIf(llvm::Value* fail, const std::function<void()>& panic) {
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(fail); c != nullptr && c->isZero()) return;
  llvm::BasicBlock* panic_block = NewBlock("panic");
  llvm::BasicBlock* cont = NewBlock("cont");
  // Panics are cold: the weights keep the checks' failure paths out of the hot code's layout.
  b_.CreateCondBr(fail, panic_block, cont, llvm::MDBuilder(m_.ctx()).createUnlikelyBranchWeights());
  b_.SetInsertPoint(panic_block);
  panic();
  b_.CreateUnreachable();
  b_.SetInsertPoint(cont);
}

void FunctionLowering::Run() {
  values_.assign(fn_.num_values(), nullptr);
  MarkFusedConcats();
  alloca_block_ = NewBlock("allocas");
  for (const auto& b : fn_.blocks()) {
    std::string name = "b" + std::to_string(b->id);
    if (!b->comment.empty()) name += "." + std::string(b->comment);
    blocks_.push_back(llvm::BasicBlock::Create(m_.ctx(), name, llfn_));
  }
  exit_blocks_ = blocks_;
  if (m_.debug() != nullptr) m_.debug()->BeginFunction(llfn_, fn_);
  b_.SetInsertPoint(alloca_block_);
  if (m_.debug() != nullptr) b_.SetCurrentDebugLocation(m_.debug()->Location(fn_.pos()));
  Prologue();
  // Blocks are lowered in reverse postorder (every block after its dominators, so each value is
  // lowered before its uses whatever the block numbering), then the unreachable ones (the
  // recover block).
  std::vector<const ir::Block*> order;
  {
    ir::DomTree dom(fn_);
    order.assign(dom.ReversePostorder().begin(), dom.ReversePostorder().end());
    for (const auto& b : fn_.blocks()) {
      if (!dom.Reachable(b.get())) order.push_back(b.get());
    }
  }
  for (const ir::Block* b : order) {
    b_.SetInsertPoint(blocks_[b->id]);
    for (const ir::Value* v : b->instrs) {
      if (m_.debug() != nullptr) b_.SetCurrentDebugLocation(m_.debug()->Location(v->pos));
      // GOCCDEBUG=allocs=2: the allocator counts what this instruction allocates against its
      // source site (runtime/sites.c).
      llvm::Constant* site = CountsAllocations(v) ? m_.AllocSite(v) : nullptr;
      if (site != nullptr) b_.CreateStore(site, m_.AllocSiteVar());
      LowerInstr(v);
      if (site != nullptr && b_.GetInsertBlock()->getTerminator() == nullptr) ClearAllocSite();
    }
    exit_blocks_[b->id] = b_.GetInsertBlock();
    if (b_.GetInsertBlock()->getTerminator() == nullptr) b_.CreateUnreachable();
  }
  FillPhis();
}

void FunctionLowering::ClearAllocSite() {
  b_.CreateStore(llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(m_.types().ptr)), m_.AllocSiteVar());
}

void FunctionLowering::Prologue() {
  context_ = llfn_->getArg(0);
  context_->setName("ctx");
  for (size_t i = 0; i < fn_.params().size(); ++i) {
    llvm::Argument* arg = llfn_->getArg(static_cast<unsigned>(i + 1));
    arg->setName(std::string(fn_.params()[i]->str()));
    Set(fn_.params()[i], arg);
  }
  unsigned next_arg = static_cast<unsigned>(fn_.params().size() + 1);
  for (const types::Type* r : fn_.result_types()) {
    out_ptrs_.push_back(IsIndirect(r) ? llfn_->getArg(next_arg++) : nullptr);
  }
  if (!fn_.free_vars().empty()) {
    // The closure block is {code, bindings...} laid out as ClosureStruct.
    std::vector<const types::Type*> bindings;
    for (const ir::Value* fv : fn_.free_vars()) bindings.push_back(fv->type);
    const types::Struct* layout = m_.ClosureStruct(bindings);
    llvm::Type* st = T(layout);
    for (size_t i = 0; i < fn_.free_vars().size(); ++i) {
      const ir::Value* fv = fn_.free_vars()[i];
      unsigned index = m_.types().FieldIndex(layout, static_cast<int>(i + 1));
      llvm::Value* addr = b_.CreateStructGEP(st, context_, index);
      // A binding in the block never changes: an indirect one is used in place.
      Set(fv, IsIndirect(fv->type) ? addr : b_.CreateLoad(T(fv->type), addr, std::string(fv->str())));
    }
  }
  // Transparent to recover(), like the block wrappers of CallBlock (ops_iface.cpp).
  if (fn_.is_call_wrapper) m_.CallDeferWrapper(b_);
  if (fn_.has_defer) LowerDeferFrame();
  b_.CreateBr(blocks_[0]);
}

void FunctionLowering::LowerDeferFrame() {
  auto* frame_type = llvm::ArrayType::get(m_.types().i8, abi::kFrameSize);
  frame_ = EntryAlloca(frame_type, 16, "frame");
  CallRuntime("gocc_frame_push", {frame_});
  llvm::Value* jb = b_.CreateConstGEP1_64(m_.types().i8, frame_, abi::kFrameJmpBufOffset);
  llvm::Function* setjmp = m_.module().getFunction("_setjmp");
  if (setjmp == nullptr) {
    auto* type = llvm::FunctionType::get(m_.types().i32, {m_.types().ptr}, false);
    setjmp = llvm::Function::Create(type, llvm::Function::ExternalLinkage, "_setjmp", m_.module());
    setjmp->addFnAttr(llvm::Attribute::ReturnsTwice);
  }
  llvm::CallInst* r = b_.CreateCall(setjmp, {jb});
  r->addFnAttr(llvm::Attribute::ReturnsTwice);
  llfn_->addFnAttr(llvm::Attribute::ReturnsTwice);
  llvm::BasicBlock* landing = NewBlock("landing");
  llvm::BasicBlock* body = NewBlock("body");
  b_.CreateCondBr(b_.CreateICmpNE(r, b_.getInt32(0)), landing, body);
  b_.SetInsertPoint(landing);
  CallRuntime("gocc_frame_landing", {frame_});
  if (fn_.recover_block != nullptr) {
    b_.CreateBr(blocks_[fn_.recover_block->id]);
  } else if (llfn_->getReturnType()->isVoidTy()) {
    b_.CreateRetVoid();
  } else {
    b_.CreateRet(llvm::Constant::getNullValue(llfn_->getReturnType()));
  }
  b_.SetInsertPoint(body);
}

auto FunctionLowering::Get(const ir::Value* v) -> llvm::Value* {
  if (v == nullptr) return nullptr;
  switch (v->op) {
    case ir::Op::Global: return m_.GlobalFor(v->global());
    case ir::Op::Func: return m_.StaticClosure(v->func());
    default: break;
  }
  if (llvm::Value* known = values_[v->id]) return known;
  if (!v->IsInstruction()) {
    llvm::Value* c = Constant(v);
    values_[v->id] = c;
    return c;
  }
  m_.Error(fn_.name() + ": t" + std::to_string(v->id) + " used before it is lowered");
  return llvm::PoisonValue::get(V(v->type));
}

auto FunctionLowering::Constant(const ir::Value* v) -> llvm::Value* {
  if (IsIndirect(v->type) && (v->op == ir::Op::ConstZero || v->op == ir::Op::ConstNil)) return m_.ZeroArea(v->type);
  llvm::Type* type = T(v->type);
  switch (v->op) {
    case ir::Op::ConstBool: return llvm::ConstantInt::get(type, v->aux.i != 0 ? 1 : 0);
    case ir::Op::ConstInt: return llvm::ConstantInt::get(type, static_cast<uint64_t>(v->aux.i), true);
    case ir::Op::ConstFloat: return llvm::ConstantFP::get(type, v->aux.f);
    case ir::Op::ConstComplex: {
      const auto* c = static_cast<const ir::ComplexConst*>(v->aux.p);
      auto* st = llvm::cast<llvm::StructType>(type);
      return llvm::ConstantStruct::get(st, {llvm::ConstantFP::get(st->getElementType(0), c->re),
                                            llvm::ConstantFP::get(st->getElementType(1), c->im)});
    }
    case ir::Op::ConstString: return m_.StringConstant(v->str());
    case ir::Op::ConstNil:
    case ir::Op::ConstZero: return llvm::Constant::getNullValue(type);
    default:
      m_.Error(fn_.name() + ": no value for " + ir::OperandText(v));
      return llvm::PoisonValue::get(type);
  }
}

void FunctionLowering::LowerInstr(const ir::Value* v) {
  using ir::Op;
  switch (v->op) {
    case Op::Alloc: LowerAlloc(v); return;
    case Op::Load:
    case Op::Store: LowerLoadStore(v); return;
    case Op::NilCheck: LowerNilCheck(v); return;
    case Op::FieldAddr: LowerFieldAddr(v); return;
    case Op::Field: LowerField(v); return;
    case Op::IndexAddr: LowerIndexAddr(v); return;
    case Op::Index: LowerIndex(v); return;
    case Op::Slice: LowerSlice(v); return;
    case Op::BinOp: LowerBinOp(v); return;
    case Op::UnOp: LowerUnOp(v); return;
    case Op::Convert: LowerConvert(v); return;
    case Op::ChangeType: Set(v, Get(v->Operand(0))); return;
    case Op::MakeComplex:
    case Op::Real:
    case Op::Imag: LowerComplexPart(v); return;
    case Op::MakeInterface: LowerMakeInterface(v); return;
    case Op::TypeAssert: LowerTypeAssert(v); return;
    case Op::ChangeInterface: LowerChangeInterface(v); return;
    case Op::MakeClosure: LowerMakeClosure(v); return;
    case Op::MakeSlice: LowerMakeSlice(v); return;
    case Op::MakeMap: LowerMakeMap(v); return;
    case Op::MapLookup:
    case Op::MapUpdate:
    case Op::MapDelete: LowerMapOp(v); return;
    case Op::Len:
    case Op::Cap: LowerLenCap(v); return;
    case Op::Append: LowerAppend(v); return;
    case Op::Copy: LowerCopy(v); return;
    case Op::Call: LowerCall(v); return;
    case Op::Extract:
      Set(v, b_.CreateExtractValue(Get(v->Operand(0)), {static_cast<unsigned>(v->aux.i)}));
      return;
    case Op::Phi: {
      // An indirect phi is its own Temp, which FillPhis copies each incoming value into on the
      // edge it comes in by.
      if (IsIndirect(v->type)) {
        Set(v, Temp(v->type));
        return;
      }
      auto* phi = b_.CreatePHI(T(v->type), v->num_operands);
      Set(v, phi);
      return;
    }
    case Op::Defer: LowerDefer(v); return;
    case Op::MakeChan: LowerMakeChan(v); return;
    case Op::Send: LowerSend(v); return;
    case Op::Recv: LowerRecv(v); return;
    case Op::Select: LowerSelect(v); return;
    case Op::Go: LowerGo(v); return;

    case Op::RunDefers:
      if (frame_ != nullptr) CallRuntime("gocc_frame_return", {frame_});
      return;
    case Op::Recover: LowerRecover(v); return;
    case Op::Print: LowerPrint(v); return;
    case Op::Range: LowerRange(v); return;
    case Op::Next: LowerNext(v); return;
    case Op::Panic: LowerPanic(v); return;
    case Op::Jump:
    case Op::If:
    case Op::Return:
    case Op::Unreachable: LowerTerminator(v); return;
    default:
      m_.Error(fn_.name() + ": cannot lower " + std::string(ir::OpName(v->op)));
      if (v->type != nullptr) Set(v, llvm::PoisonValue::get(V(v->type)));
      return;
  }
}

void FunctionLowering::LowerTerminator(const ir::Value* v) {
  const ir::Block* block = v->block;
  switch (v->op) {
    case ir::Op::Jump: b_.CreateBr(blocks_[block->succs[0]->id]); return;
    case ir::Op::If:
      b_.CreateCondBr(Get(v->Operand(0)), blocks_[block->succs[0]->id], blocks_[block->succs[1]->id]);
      return;
    case ir::Op::Return: {
      llvm::Type* rt = llfn_->getReturnType();
      std::vector<llvm::Value*> results;
      for (unsigned i = 0; i < v->num_operands; ++i) {
        llvm::Value* r = Get(v->Operand(i));
        if (i < out_ptrs_.size() && out_ptrs_[i] != nullptr) {
          CopyValue(out_ptrs_[i], r, v->Operand(i)->type);
          r = out_ptrs_[i];
        }
        results.push_back(r);
      }
      if (results.empty()) {
        b_.CreateRetVoid();
      } else if (results.size() == 1) {
        b_.CreateRet(results[0]);
      } else {
        llvm::Value* agg = llvm::PoisonValue::get(rt);
        for (unsigned i = 0; i < results.size(); ++i) agg = b_.CreateInsertValue(agg, results[i], {i});
        b_.CreateRet(agg);
      }
      return;
    }
    default: b_.CreateUnreachable(); return;
  }
}

void FunctionLowering::FillPhis() {
  for (const auto& b : fn_.blocks()) {
    std::vector<const ir::Value*> indirect;
    for (const ir::Value* v : b->instrs) {
      if (v->op != ir::Op::Phi) break;
      if (IsIndirect(v->type)) indirect.push_back(v);
    }
    for (size_t i = 0; i < b->preds.size(); ++i) {
      llvm::BasicBlock* from = exit_blocks_[b->preds[i]->id];
      if (!indirect.empty()) from = CopyIndirectPhis(b.get(), i, indirect);
      for (const ir::Value* v : b->instrs) {
        if (v->op != ir::Op::Phi) break;
        if (IsIndirect(v->type)) continue;
        // The incoming value is materialised in the predecessor if it is a constant; others
        // dominate the predecessor's end already.
        llvm::cast<llvm::PHINode>(values_[v->id])->addIncoming(Get(v->Operand(i)), from);
      }
    }
  }
}

// The copies into b's indirect phis for the edge from its predecessor `pred`, at the end of the
// predecessor, or on a block of their own when the predecessor has other successors (where the
// phis' current values may still be live). When one phi's incoming value is another phi of b,
// all incoming values are copied out first (a parallel copy). Returns the block the edge now
// comes from.
auto FunctionLowering::CopyIndirectPhis(const ir::Block* b, size_t pred, std::span<const ir::Value* const> phis)
    -> llvm::BasicBlock* {
  llvm::BasicBlock* from = exit_blocks_[b->preds[pred]->id];
  llvm::BasicBlock* to = blocks_[b->id];
  llvm::Instruction* term = from->getTerminator();
  if (term->getNumSuccessors() > 1) {
    llvm::BasicBlock* edge = llvm::BasicBlock::Create(m_.ctx(), "phi.edge", llfn_);
    // One successor slot per IR predecessor entry, so a block reached twice from `from` keeps
    // two edges.
    for (unsigned k = 0; k < term->getNumSuccessors(); ++k) {
      if (term->getSuccessor(k) == to) {
        term->setSuccessor(k, edge);
        break;
      }
    }
    llvm::BranchInst::Create(to, edge);
    from = edge;
    term = edge->getTerminator();
  }
  b_.SetInsertPoint(term);
  bool parallel = false;
  for (const ir::Value* phi : phis) {
    const ir::Value* in = phi->Operand(pred);
    parallel |= in != phi && in->op == ir::Op::Phi && in->block == b;
  }
  std::vector<llvm::Value*> sources;
  for (const ir::Value* phi : phis) {
    llvm::Value* src = Get(phi->Operand(pred));
    if (parallel && phi->Operand(pred) != phi) {
      llvm::Value* copy = Temp(phi->type);
      CopyValue(copy, src, phi->type);
      src = copy;
    }
    sources.push_back(src);
  }
  for (size_t k = 0; k < phis.size(); ++k) CopyValue(values_[phis[k]->id], sources[k], phis[k]->type);
  return from;
}

}  // namespace gocc::codegen
