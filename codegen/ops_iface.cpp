// Interfaces, closures, calls, defer, panic and recover (runtime/goccrt.h's contract).
//
// An interface is {tab, data}: tab is the dynamic type's gocc_type (empty interfaces) or an
// itab (others); data holds pointer-shaped values directly and a pointer to a copy otherwise
// (gocc_convT64 / gocc_convTstring / gocc_convT box on the heap; a MakeInterface whose heap
// flag escape analysis cleared boxes into an alloca). Method calls load fun[i] from the itab
// (i = the method's rank by name) and pass the data word as the receiver.
//
// A func value points at a closure block {code, bindings...}; calls load the code pointer and
// pass the block as the hidden first argument. A top-level function used as a value is a
// constant block {code}.
//
// `defer f(args)` needs a closure the runtime can call as void(void*): unless the call is a
// plain argument-less func value, codegen makes a wrapper function taking a block {wrapper,
// callee, args...} that first calls gocc_defer_wrapper(its own frame address) so that recover()
// in f still counts as called directly by the deferred-call machinery.
#include <llvm/IR/Intrinsics.h>

#include "codegen/abi.h"
#include "codegen/lower.h"
#include "ir/typeutil.h"

namespace gocc::codegen {

namespace {

auto IsEmptyInterface(const types::Type* t) -> bool { return InterfaceMethods(t).empty(); }

auto MethodIndex(const types::Type* iface, std::string_view name) -> int64_t {
  auto methods = InterfaceMethods(iface);
  for (size_t i = 0; i < methods.size(); ++i) {
    if (methods[i].name == name) return static_cast<int64_t>(i);
  }
  return -1;
}

// The C hooks that LLVM has as intrinsics with the same semantics (Go's math.Sqrt and math.FMA
// are IEEE 754's correctly rounded operations, as llvm.sqrt and llvm.fma are).
auto HookIntrinsic(std::string_view hook) -> llvm::Intrinsic::ID {
  if (hook == "gocc_math_sqrt") return llvm::Intrinsic::sqrt;
  if (hook == "gocc_math_FMA") return llvm::Intrinsic::fma;
  return llvm::Intrinsic::not_intrinsic;
}

}  // namespace

auto FunctionLowering::DynamicType(llvm::Value* iface, const types::Type* t) -> llvm::Value* {
  llvm::Value* tab = b_.CreateExtractValue(iface, {0});
  if (IsEmptyInterface(t)) return tab;
  // A nil itab has no type word: read through a constant null slot instead.
  llvm::Constant* null_slot = llvm::cast<llvm::Constant>(
      m_.module().getOrInsertGlobal("gocc.nilitab", m_.types().ptr, [&] {
        return new llvm::GlobalVariable(m_.module(), m_.types().ptr, true, llvm::GlobalValue::LinkOnceODRLinkage,
                                        llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0)), "gocc.nilitab");
      }));
  llvm::Value* addr = b_.CreateSelect(b_.CreateIsNull(tab), null_slot, tab);
  return b_.CreateLoad(m_.types().ptr, addr);
}

auto FunctionLowering::BoxValue(llvm::Value* x, const types::Type* t, bool heap) -> llvm::Value* {
  llvm::Type* type = x->getType();
  if (IsDirectIface(t)) {
    if (type->isPointerTy()) return x;
    return b_.CreateLoad(m_.types().ptr, Spill(x, t));  // struct/array of one pointer
  }
  if (!heap) {
    llvm::AllocaInst* slot = EntryAlloca(T(t), m_.types().Align(t), "box");
    StoreAs(t, x, slot);
    return slot;
  }
  int64_t size = m_.types().Size(t);
  if (size == 8 && !HasPointers(t) && (type->isIntegerTy() || type->isDoubleTy())) {
    llvm::Value* bits = type->isIntegerTy() ? x : b_.CreateBitCast(x, m_.types().i64);
    return CallRuntime("gocc_convT64", {bits});
  }
  if (ir::IsStringType(t)) {
    return CallRuntime("gocc_convTstring", {b_.CreateExtractValue(x, {0}), b_.CreateExtractValue(x, {1})});
  }
  return CallRuntime("gocc_convT", {m_.TypeDescriptor(t), Spill(x, t)});
}

void FunctionLowering::LowerMakeInterface(const ir::Value* v) {
  const ir::Value* x = v->Operand(0);
  llvm::Value* data = BoxValue(Get(x), x->type, v->Has(ir::kFlagHeap));
  llvm::Value* tab;
  if (IsEmptyInterface(v->type)) {
    tab = m_.TypeDescriptor(x->type);
  } else if (llvm::Constant* itab = m_.Itab(v->type, x->type)) {
    tab = itab;
  } else {
    tab = CallRuntime("gocc_getitab", {m_.TypeDescriptor(v->type), m_.TypeDescriptor(x->type)});
  }
  llvm::Value* r = llvm::PoisonValue::get(m_.types().iface_type);
  r = b_.CreateInsertValue(r, tab, {0});
  Set(v, b_.CreateInsertValue(r, data, {1}));
}

void FunctionLowering::LowerTypeAssert(const ir::Value* v) {
  const ir::Value* xv = v->Operand(0);
  const types::Type* target = v->asserted_type();
  bool comma_ok = v->Has(ir::kFlagCommaOk);
  llvm::Value* x = Get(xv);
  llvm::Value* dyn = DynamicType(x, xv->type);
  llvm::Value* data = b_.CreateExtractValue(x, {1});
  llvm::Value* result;
  llvm::Value* ok;
  if (ir::IsInterfaceType(target)) {
    llvm::Value* tab;
    if (IsEmptyInterface(target)) {
      ok = b_.CreateIsNotNull(dyn);
      if (!comma_ok) {
        PanicIf(b_.CreateNot(ok), [&] {
          CallRuntime("gocc_panic_dottype", {dyn, m_.TypeDescriptor(target), m_.TypeDescriptor(xv->type)});
        });
      }
      tab = dyn;
    } else if (comma_ok) {
      // gocc_assertE2I2 wants a non-nil type; a nil interface gives (nil, false) here.
      llvm::Value* is_nil = b_.CreateIsNull(dyn);
      llvm::BasicBlock* call_block = NewBlock("assert.call");
      llvm::BasicBlock* done = NewBlock("assert.done");
      llvm::BasicBlock* from = b_.GetInsertBlock();
      b_.CreateCondBr(is_nil, done, call_block);
      b_.SetInsertPoint(call_block);
      llvm::Value* found = CallRuntime("gocc_assertE2I2", {m_.TypeDescriptor(target), dyn});
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      auto* phi = b_.CreatePHI(m_.types().ptr, 2);
      phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0)), from);
      phi->addIncoming(found, call_block);
      tab = phi;
      ok = b_.CreateIsNotNull(tab);
    } else {
      tab = CallRuntime("gocc_assertE2I", {m_.TypeDescriptor(target), dyn});
      ok = b_.getTrue();
    }
    result = llvm::PoisonValue::get(m_.types().iface_type);
    result = b_.CreateInsertValue(result, tab, {0});
    result = b_.CreateInsertValue(result, b_.CreateSelect(ok, data, llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0))), {1});
  } else {
    ok = b_.CreateICmpEQ(dyn, m_.TypeDescriptor(target));
    llvm::Type* type = V(target);
    auto load_value = [&]() -> llvm::Value* {
      if (IsIndirect(target)) return data;  // the box never changes
      if (!IsDirectIface(target)) return b_.CreateLoad(type, data);
      if (type->isPointerTy()) return data;
      return b_.CreateLoad(type, Spill(data, nullptr));
    };
    if (comma_ok) {
      llvm::BasicBlock* load_block = NewBlock("assert.load");
      llvm::BasicBlock* done = NewBlock("assert.done");
      llvm::BasicBlock* from = b_.GetInsertBlock();
      b_.CreateCondBr(ok, load_block, done);
      b_.SetInsertPoint(load_block);
      llvm::Value* loaded = load_value();
      llvm::BasicBlock* loaded_in = b_.GetInsertBlock();
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      auto* phi = b_.CreatePHI(type, 2);
      phi->addIncoming(IsIndirect(target) ? m_.ZeroArea(target) : llvm::Constant::getNullValue(type), from);
      phi->addIncoming(loaded, loaded_in);
      result = phi;
    } else {
      PanicIf(b_.CreateNot(ok), [&] {
        CallRuntime("gocc_panic_dottype", {dyn, m_.TypeDescriptor(target), m_.TypeDescriptor(xv->type)});
      });
      result = load_value();
    }
  }
  if (comma_ok) {
    llvm::Value* pair = llvm::PoisonValue::get(T(v->type));
    pair = b_.CreateInsertValue(pair, result, {0});
    Set(v, b_.CreateInsertValue(pair, ok, {1}));
  } else {
    Set(v, result);
  }
}

void FunctionLowering::LowerChangeInterface(const ir::Value* v) {
  const ir::Value* xv = v->Operand(0);
  llvm::Value* x = Get(xv);
  llvm::Value* dyn = DynamicType(x, xv->type);
  llvm::Value* tab = dyn;
  if (!IsEmptyInterface(v->type)) {
    llvm::BasicBlock* call_block = NewBlock("itab.call");
    llvm::BasicBlock* done = NewBlock("itab.done");
    llvm::BasicBlock* from = b_.GetInsertBlock();
    b_.CreateCondBr(b_.CreateIsNull(dyn), done, call_block);
    b_.SetInsertPoint(call_block);
    llvm::Value* found = CallRuntime("gocc_getitab", {m_.TypeDescriptor(v->type), dyn});
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    auto* phi = b_.CreatePHI(m_.types().ptr, 2);
    phi->addIncoming(llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0)), from);
    phi->addIncoming(found, call_block);
    tab = phi;
  }
  Set(v, b_.CreateInsertValue(x, tab, {0}));
}

void FunctionLowering::LowerMakeClosure(const ir::Value* v) {
  // A literal that captures nothing needs no closure record of its own: the function's static
  // one serves (gc's static closures; func values compare only with nil).
  if (v->num_operands == 1) {
    Set(v, m_.StaticClosure(v->Operand(0)->func()));
    return;
  }
  std::vector<const types::Type*> bindings;
  for (size_t i = 1; i < v->num_operands; ++i) bindings.push_back(v->Operand(i)->type);
  const types::Struct* layout = m_.ClosureStruct(bindings);
  llvm::Type* st = T(layout);
  llvm::Value* block = AllocMemory(layout, v->Has(ir::kFlagHeap));
  b_.CreateStore(m_.FunctionFor(v->Operand(0)->func()), b_.CreateStructGEP(st, block, m_.types().FieldIndex(layout, 0)));
  for (size_t i = 1; i < v->num_operands; ++i) {
    unsigned index = m_.types().FieldIndex(layout, static_cast<int>(i));
    StoreAs(v->Operand(i)->type, Get(v->Operand(i)), b_.CreateStructGEP(st, block, index));
  }
  Set(v, block);
}

auto FunctionLowering::CallArgs(const ir::Value* v, size_t first) -> std::vector<llvm::Value*> {
  std::vector<llvm::Value*> args;
  for (size_t i = first; i < v->num_operands; ++i) args.push_back(Get(v->Operand(i)));
  return args;
}

void FunctionLowering::LowerCall(const ir::Value* v) {
  std::vector<const types::Type*> results = ir::TupleElems(v->type);
  llvm::Value* r = nullptr;
  switch (v->call_kind()) {
    case ir::CallKind::Static: {
      llvm::Function* callee = m_.FunctionFor(v->Operand(0)->func());
      std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0))};
      auto rest = CallArgs(v, 1);
      args.insert(args.end(), rest.begin(), rest.end());
      AppendOutPointers(results, args);
      r = b_.CreateCall(callee, args);
      break;
    }
    case ir::CallKind::Closure: {
      llvm::Value* fv = Get(v->Operand(0));
      std::vector<const types::Type*> params;
      for (size_t i = 1; i < v->num_operands; ++i) params.push_back(v->Operand(i)->type);
      llvm::FunctionType* type = m_.types().FuncType(params, results);
      llvm::Value* code = b_.CreateLoad(m_.types().ptr, fv, "code");
      std::vector<llvm::Value*> args{fv};
      auto rest = CallArgs(v, 1);
      args.insert(args.end(), rest.begin(), rest.end());
      AppendOutPointers(results, args);
      r = b_.CreateCall(type, code, args);
      break;
    }
    case ir::CallKind::Invoke: {
      const ir::Value* iv = v->Operand(0);
      llvm::Value* iface = Get(iv);
      int64_t index = MethodIndex(iv->type, v->str());
      if (index < 0) m_.Error(fn_.name() + ": interface has no method " + std::string(v->str()));
      llvm::Value* slot = b_.CreateConstGEP1_64(m_.types().i8, b_.CreateExtractValue(iface, {0}),
                                                static_cast<uint64_t>(abi::kItabFunOffset + 8 * std::max<int64_t>(index, 0)));
      llvm::Value* code = b_.CreateLoad(m_.types().ptr, slot, "method");
      std::vector<const types::Type*> params;
      for (size_t i = 1; i < v->num_operands; ++i) params.push_back(v->Operand(i)->type);
      llvm::FunctionType* type = m_.types().FuncType(params, results);  // receiver in the ptr slot
      std::vector<llvm::Value*> args{b_.CreateExtractValue(iface, {1})};
      auto rest = CallArgs(v, 1);
      args.insert(args.end(), rest.begin(), rest.end());
      AppendOutPointers(results, args);
      r = b_.CreateCall(type, code, args);
      break;
    }
    case ir::CallKind::Runtime: {
      // Runtime entry points take scalars: aggregates are passed field by field, and results
      // wider than two words come back through an out pointer passed first.
      std::vector<llvm::Value*> args;
      std::vector<llvm::Type*> params;
      for (size_t i = 0; i < v->num_operands; ++i) {
        if (IsIndirect(v->Operand(i)->type)) m_.Error(fn_.name() + ": a C hook's argument is larger than 256 bytes");
      }
      for (const types::Type* r : results) {
        if (IsIndirect(r)) m_.Error(fn_.name() + ": a C hook's result is larger than 256 bytes");
      }
      llvm::Type* result = T(v->type);
      llvm::AllocaInst* out = nullptr;
      if (v->type != nullptr && m_.types().Size(v->type) > 16 && llvm::isa<llvm::StructType>(result)) {
        out = EntryAlloca(result, 8, "out");
        args.push_back(out);
        result = llvm::Type::getVoidTy(m_.ctx());
      }
      for (size_t i = 0; i < v->num_operands; ++i) {
        llvm::Value* a = Get(v->Operand(i));
        if (auto* st = llvm::dyn_cast<llvm::StructType>(a->getType())) {
          for (unsigned k = 0; k < st->getNumElements(); ++k) args.push_back(b_.CreateExtractValue(a, {k}));
        } else {
          args.push_back(a);
        }
      }
      for (llvm::Value* a : args) params.push_back(a->getType());
      if (auto id = HookIntrinsic(v->str()); id != llvm::Intrinsic::not_intrinsic && out == nullptr) {
        // A hook that is one instruction (gc's intrinsics: math.Sqrt is SQRTSD, math.FMA is
        // VFMADD where the CPU has it): LLVM's intrinsic, which it can inline and schedule.
        r = b_.CreateIntrinsic(id, {result}, args);
        break;
      }
      llvm::FunctionCallee callee = m_.RuntimeByShape(v->str(), llvm::FunctionType::get(result, params, false));
      if (auto* hook = llvm::dyn_cast<llvm::Function>(callee.getCallee()); hook != nullptr && hook->hasExternalWeakLinkage()) {
        // A C hook the runtime may not have (a body-less stdlib function gocc does not implement
        // yet): a clear fatal error rather than a call to address 0.
        std::string message = "gocc: " + fn_.name() + " is not implemented yet (C hook " + std::string(v->str()) + ")";
        PanicIf(b_.CreateIsNull(hook), [&] { CallRuntime("gocc_throw", {b_.CreateGlobalStringPtr(message)}); });
      }
      r = b_.CreateCall(callee, args);
      if (out != nullptr) r = b_.CreateLoad(out->getAllocatedType(), out);
      break;
    }
  }
  if (v->type != nullptr) Set(v, r);
}

void FunctionLowering::LowerDefer(const ir::Value* v) {
  if (frame_ == nullptr) {
    m_.Error(fn_.name() + ": defer in a function without has_defer");
    return;
  }
  CallRuntime("gocc_defer", {frame_, CallBlock(v, v->Has(ir::kFlagHeap))});
}

auto FunctionLowering::CallBlock(const ir::Value* v, bool heap) -> llvm::Value* {
  bool plain_closure = v->call_kind() == ir::CallKind::Closure && v->num_operands == 1;
  bool plain_static = v->call_kind() == ir::CallKind::Static && v->num_operands == 1;
  if (plain_closure || plain_static) return Get(v->Operand(0));
  // Block {wrapper, callee (closure / interface), args...} as a Go struct so the GC can scan it.
  std::vector<const types::Type*> fields;
  size_t first_arg = v->call_kind() == ir::CallKind::Runtime ? 0 : 1;
  bool has_callee = v->call_kind() == ir::CallKind::Closure || v->call_kind() == ir::CallKind::Invoke;
  if (has_callee) fields.push_back(v->Operand(0)->type);
  for (size_t i = first_arg; i < v->num_operands; ++i) fields.push_back(v->Operand(i)->type);
  const types::Struct* layout = m_.ClosureStruct(fields);
  llvm::Type* st = T(layout);

  // The wrapper: void wrapper(ptr block).
  static int counter = 0;
  auto* wtype = llvm::FunctionType::get(llvm::Type::getVoidTy(m_.ctx()), {m_.types().ptr}, false);
  auto* wrapper = llvm::Function::Create(wtype, llvm::Function::InternalLinkage,
                                         fn_.name() + (v->op == ir::Op::Go ? ".go" : ".defer") + std::to_string(counter++), m_.module());
  wrapper->addFnAttr("frame-pointer", "all");
  // No tail call to the callee: recover() in the callee checks that its caller's frame is this
  // wrapper's (gocc_defer_wrapper recorded it); a sibling call would leave the trampoline's.
  wrapper->addFnAttr("disable-tail-calls", "true");
  {
    llvm::IRBuilder<> wb(llvm::BasicBlock::Create(m_.ctx(), "entry", wrapper));
    llvm::Value* blk = wrapper->getArg(0);
    m_.CallDeferWrapper(wb);
    std::vector<llvm::Value*> loaded;
    for (size_t i = 0; i < fields.size(); ++i) {
      unsigned index = m_.types().FieldIndex(layout, static_cast<int>(i + 1));
      llvm::Value* addr = wb.CreateStructGEP(st, blk, index);
      // An indirect argument is passed as its place in the block, which nothing changes.
      loaded.push_back(IsIndirect(fields[i]) ? addr : wb.CreateLoad(T(fields[i]), addr));
    }
    std::vector<const types::Type*> params(fields.begin() + (has_callee ? 1 : 0), fields.end());
    std::vector<llvm::Value*> args(loaded.begin() + (has_callee ? 1 : 0), loaded.end());
    // Indirect results are written to scratch memory and dropped.
    auto append_out_pointers = [&](std::span<const types::Type* const> results) {
      for (const types::Type* r : results) {
        if (!IsIndirect(r)) continue;
        int64_t size = m_.types().Size(r);
        if (size <= 64 << 10) {
          args.push_back(wb.CreateAlloca(T(r)));
        } else {
          args.push_back(wb.CreateCall(m_.Runtime("gocc_alloc"), {wb.getInt64(static_cast<uint64_t>(size)),
                                                                  llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(m_.types().ptr))}));
        }
      }
    };
    switch (v->call_kind()) {
      case ir::CallKind::Static: {
        llvm::Function* callee = m_.FunctionFor(v->Operand(0)->func());
        args.insert(args.begin(), llvm::ConstantPointerNull::get(llvm::PointerType::get(m_.ctx(), 0)));
        append_out_pointers(v->Operand(0)->func()->result_types());
        wb.CreateCall(callee, args);
        break;
      }
      case ir::CallKind::Closure: {
        llvm::Value* fv = loaded[0];
        args.insert(args.begin(), fv);
        const auto* sig = types::As<types::Signature>(types::Underlying(v->Operand(0)->type));
        std::vector<const types::Type*> results;
        for (const auto& r : sig->results) results.push_back(r.type);
        append_out_pointers(results);
        wb.CreateCall(m_.types().FuncType(sig), wb.CreateLoad(m_.types().ptr, fv), args);
        break;
      }
      case ir::CallKind::Invoke: {
        llvm::Value* iface = loaded[0];
        int64_t index = MethodIndex(v->Operand(0)->type, v->str());
        llvm::Value* slot = wb.CreateConstGEP1_64(m_.types().i8, wb.CreateExtractValue(iface, {0}),
                                                  static_cast<uint64_t>(abi::kItabFunOffset + 8 * std::max<int64_t>(index, 0)));
        args.insert(args.begin(), wb.CreateExtractValue(iface, {1}));
        std::vector<const types::Type*> results;
        for (const auto& m : InterfaceMethods(v->Operand(0)->type)) {
          if (m.name != v->str()) continue;
          for (const auto& r : m.type->results) results.push_back(r.type);
        }
        llvm::FunctionType* type = m_.types().FuncType(params, results);
        append_out_pointers(results);
        wb.CreateCall(type, wb.CreateLoad(m_.types().ptr, slot), args);
        break;
      }
      case ir::CallKind::Runtime: {
        std::vector<llvm::Type*> ptypes;
        for (llvm::Value* a : args) ptypes.push_back(a->getType());
        wb.CreateCall(m_.RuntimeByShape(v->str(), llvm::FunctionType::get(llvm::Type::getVoidTy(m_.ctx()), ptypes, false)), args);
        break;
      }
    }
    wb.CreateRetVoid();
  }
  llvm::Value* block = AllocMemory(layout, heap);
  b_.CreateStore(wrapper, b_.CreateStructGEP(st, block, m_.types().FieldIndex(layout, 0)));
  size_t k = 0;
  if (has_callee) {
    b_.CreateStore(Get(v->Operand(0)), b_.CreateStructGEP(st, block, m_.types().FieldIndex(layout, 1)));
    k = 1;
  }
  for (size_t i = first_arg; i < v->num_operands; ++i, ++k) {
    StoreAs(v->Operand(i)->type, Get(v->Operand(i)),
            b_.CreateStructGEP(st, block, m_.types().FieldIndex(layout, static_cast<int>(k + 1))));
  }
  return block;
}

void FunctionLowering::LowerPanic(const ir::Value* v) {
  const ir::Value* xv = v->Operand(0);
  llvm::Value* x = Get(xv);
  CallRuntime("gocc_panic", {DynamicType(x, xv->type), b_.CreateExtractValue(x, {1})});
  b_.CreateUnreachable();
}

void FunctionLowering::LowerRecover(const ir::Value* v) {
  llvm::Function* frameaddr = llvm::Intrinsic::getDeclaration(&m_.module(), llvm::Intrinsic::frameaddress, {m_.types().ptr});
  Set(v, CallRuntime("gocc_recover", {b_.CreateCall(frameaddr, {b_.getInt32(0)})}));
}

}  // namespace gocc::codegen
