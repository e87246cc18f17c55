// Runs hand-built IR programs in ORC's LLJIT for the codegen tests. Runtime entry points the
// test programs need are provided by the tests as C++ functions (absolute symbols), so these
// tests do not depend on libgoccrt.a.
#pragma once

#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "ir/ir.h"

namespace gocc::testing {

class Jit {
 public:
  // Lowers the program (no entry points), optimizes at opt_level, and JITs it. symbols maps
  // runtime names to host functions.
  Jit(const ir::Program& program, int opt_level, const std::map<std::string, void*>& symbols);

  auto errors() const -> const std::vector<std::string>& { return errors_; }
  auto llvm_text() const -> const std::string& { return text_; }
  template <typename F>
  auto Lookup(const std::string& name) -> F {
    auto addr = jit_->lookup(name);
    if (!addr) {
      llvm::consumeError(addr.takeError());
      return nullptr;
    }
    return addr->toPtr<F>();
  }

 private:
  std::vector<std::string> errors_;
  std::string text_;
  std::unique_ptr<llvm::orc::LLJIT> jit_;
};

}  // namespace gocc::testing
