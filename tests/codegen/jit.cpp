#include "tests/codegen/jit.h"

#include <llvm/ExecutionEngine/Orc/ThreadSafeModule.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>

#include <sstream>

namespace gocc::testing {

Jit::Jit(const ir::Program& program, int opt_level, const std::map<std::string, void*>& symbols) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();
  auto ctx = std::make_unique<llvm::LLVMContext>();
  codegen::CodegenOptions options;
  options.opt_level = opt_level;
  options.emit_entry_points = false;
  auto module = codegen::EmitModule(program, *ctx, options, &errors_);
  if (!errors_.empty()) return;
  codegen::Optimize(*module, options);
  std::ostringstream text;
  codegen::PrintLLVM(*module, text);
  text_ = text.str();
  auto jit = llvm::orc::LLJITBuilder().create();
  if (!jit) {
    errors_.push_back(llvm::toString(jit.takeError()));
    return;
  }
  jit_ = std::move(*jit);
  llvm::orc::SymbolMap map;
  for (const auto& [name, fn] : symbols) {
    map[jit_->mangleAndIntern(name)] = {llvm::orc::ExecutorAddr::fromPtr(fn), llvm::JITSymbolFlags::Exported};
  }
  if (auto err = jit_->getMainJITDylib().define(llvm::orc::absoluteSymbols(map))) {
    errors_.push_back(llvm::toString(std::move(err)));
    return;
  }
  if (auto err = jit_->addIRModule(llvm::orc::ThreadSafeModule(std::move(module), std::move(ctx)))) {
    errors_.push_back(llvm::toString(std::move(err)));
  }
}

}  // namespace gocc::testing
