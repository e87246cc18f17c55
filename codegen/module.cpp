// Module-wide lowering: declares every function and package variable, lowers the bodies, and
// defines the two entry points the runtime's main() calls.
//
// Functions keep their Go names ("main.fact", "main.T.M") as LLVM symbols; every Go function
// gets "frame-pointer"="all" (the defer machinery and tracebacks want frame pointers) and
// "null-pointer-is-valid" (a nil dereference must fault at run time, not be optimized away as
// undefined behaviour). gocc_main_init calls "main.init" when the program has one (the AST
// builder's package initialiser: variable initialisers, then each init func); gocc_main_main
// calls "main.main".
#include <llvm/IR/Intrinsics.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include "codegen/lower.h"
#include "ir/typeutil.h"

namespace gocc::codegen {

ModuleLowering::ModuleLowering(const ir::Program& program, llvm::Module& module, const CodegenOptions& options,
                               std::vector<std::string>* errors)
    : program_(program), module_(module), ctx_(module.getContext()), options_(options), errors_(errors) {
  types_ = std::make_unique<TypeLowering>(ctx_, module.getDataLayout());
  if (options.debug_info && options.sources != nullptr) debug_ = std::make_unique<DebugInfo>(module, *options.sources);
}

ModuleLowering::~ModuleLowering() = default;

void ModuleLowering::CallDeferWrapper(llvm::IRBuilder<>& b) {
  llvm::Function* frameaddr =
      llvm::Intrinsic::getDeclaration(&module_, llvm::Intrinsic::frameaddress, {types_->ptr});
  b.CreateCall(Runtime("gocc_defer_wrapper"), {b.CreateCall(frameaddr, {b.getInt32(0)})});
}

auto ModuleLowering::FunctionFor(const ir::Function* fn) -> llvm::Function* {
  auto it = functions_.find(fn);
  if (it != functions_.end()) return it->second;
  std::vector<const types::Type*> params;
  for (const ir::Value* p : fn->params()) params.push_back(p->type);
  if (fn->params().empty() && fn->IsExternal() && fn->signature() != nullptr) {
    for (const auto& p : fn->signature()->params) params.push_back(p.type);
  }
  auto results = fn->result_types();
  llvm::FunctionType* type = types_->FuncType(params, results);
  auto* f = llvm::Function::Create(type, llvm::Function::ExternalLinkage, fn->name(), module_);
  f->addFnAttr("frame-pointer", "all");
  f->addFnAttr(llvm::Attribute::NullPointerIsValid);
  // recover() compares its caller's frame with the deferred-call trampoline's: a function that
  // calls it must keep its own frame, so it is never inlined.
  for (const auto& b : fn->blocks()) {
    for (const ir::Value* v : b->instrs) {
      if (v->op == ir::Op::Recover) f->addFnAttr(llvm::Attribute::NoInline);
    }
  }
  // A go/defer wrapper (ir::Function::is_call_wrapper) hands its frame to the callee's
  // recover(): it keeps that frame, and calls the callee from it rather than jumping.
  if (fn->is_call_wrapper) {
    f->addFnAttr(llvm::Attribute::NoInline);
    f->addFnAttr("disable-tail-calls", "true");
  }
  // A package initialiser runs once and can be huge (unicode's tables): not worth optimising.
  if (fn->name().ends_with(".init") && fn->params().empty() && !fn->IsExternal()) {
    f->addFnAttr(llvm::Attribute::OptimizeNone);
    f->addFnAttr(llvm::Attribute::NoInline);
  }
  functions_[fn] = f;
  return f;
}

auto ModuleLowering::GlobalFor(const ir::GlobalVar* g) -> llvm::GlobalVariable* {
  auto it = globals_.find(g);
  if (it != globals_.end()) return it->second;
  llvm::Type* type = types_->Lower(g->type);
  auto* gv = new llvm::GlobalVariable(module_, type, false, llvm::GlobalValue::ExternalLinkage,
                                      llvm::Constant::getNullValue(type), std::string(g->name));
  gv->setAlignment(llvm::Align(static_cast<uint64_t>(std::max<int64_t>(types_->Align(g->type), 1))));
  globals_[g] = gv;
  return gv;
}

auto ModuleLowering::StaticClosure(const ir::Function* fn) -> llvm::Constant* {
  auto it = static_closures_.find(fn);
  if (it != static_closures_.end()) return it->second;
  auto* type = llvm::StructType::get(ctx_, llvm::ArrayRef<llvm::Type*>{types_->ptr});
  auto* g = new llvm::GlobalVariable(module_, type, true, llvm::GlobalValue::InternalLinkage,
                                     llvm::ConstantStruct::get(type, {FunctionFor(fn)}), fn->name() + "·f");
  g->setAlignment(llvm::Align(8));
  static_closures_[fn] = g;
  return g;
}

void ModuleLowering::DeclareFunctions() {
  for (const auto& fn : program_.functions()) FunctionFor(fn.get());
  for (const ir::GlobalVar* g : program_.globals()) GlobalFor(g);
}

void ModuleLowering::EmitEntryPoints() {
  auto* void_type = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), {}, false);
  auto emit = [&](const char* name, const char* target) {
    auto* f = llvm::Function::Create(void_type, llvm::Function::ExternalLinkage, name, module_);
    f->addFnAttr("frame-pointer", "all");
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", f));
    if (const ir::Function* fn = program_.FindFunction(target)) {
      b.CreateCall(FunctionFor(fn), {llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0))});
    }
    b.CreateRetVoid();
  };
  emit("gocc_main_init", "main.init");
  emit("gocc_main_main", "main.main");
}

void ModuleLowering::Run() {
  reflective_calls_ = MakesReflectiveCalls();
  DeclareFunctions();
  for (const auto& fn : program_.functions()) {
    if (fn->IsExternal()) continue;
    FunctionLowering(*this, *fn, FunctionFor(fn.get())).Run();
  }
  if (options_.emit_entry_points) EmitEntryPoints();
  EmitGcRoots();
  EmitCallThunks();
  LinkPointerDescriptors();
  if (debug_ != nullptr) debug_->Finish();
  std::string message;
  llvm::raw_string_ostream out(message);
  if (llvm::verifyModule(module_, &out)) Error("codegen: invalid LLVM module: " + out.str());
}

}  // namespace gocc::codegen
