// codegen: the IR (ir/) -> an LLVM 19 module -> an object file -> an executable.
//
// EmitModule lowers every function of an ir::Program (docs/codegen.md has the lowering of each
// Go type and op, the calling convention and the defer frames); Optimize runs LLVM's new pass
// manager at -O0..-O3; EmitObject writes an x86-64 (host) object; Link runs the system C
// compiler driver on the object and libgoccrt.a. PrintLLVM is `gocc llvm`.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "support/source.h"

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace gocc::codegen {

struct CodegenOptions {
  int opt_level = 2;                  // 0..3
  bool debug_info = false;            // -g: DWARF line tables
  const SourceMap* sources = nullptr;  // for -g and for positions in panics
  std::string module_name = "main";
  // The CPU to generate code for (-march): "native" is the host's, with its features (the
  // vector units LLVM's vectorizers use); any other is one of LLVM's names for the target
  // (x86-64, x86-64-v3, znver4, ...). Objects built for the host may not run on older CPUs.
  std::string march = "native";
  // Emit gocc_main_init/gocc_main_main calling "main.init" (if present) and "main.main".
  bool emit_entry_points = true;
};

// Lowers the program into a new module in ctx. Errors (an op codegen cannot lower yet) go to
// *errors; the module is still returned, with those values replaced by poison/unreachable.
auto EmitModule(const ir::Program& program, llvm::LLVMContext& ctx, const CodegenOptions& options,
                std::vector<std::string>* errors) -> std::unique_ptr<llvm::Module>;

// Runs the default LLVM pipeline for options.opt_level over the module.
void Optimize(llvm::Module& module, const CodegenOptions& options);

// Writes an object file for the host's triple and options.march. Returns false with *error set on failure.
auto EmitObject(llvm::Module& module, const CodegenOptions& options, const std::string& path,
                std::string* error) -> bool;

struct LinkOptions {
  std::string output;                 // the executable
  std::vector<std::string> objects;   // object files
  std::string runtime_library;        // path of libgoccrt.a
  std::vector<std::string> extra;     // more driver arguments
};
// Runs `cc` (or clang-19 if cc is missing); returns false with the driver's complaint in *error.
auto Link(const LinkOptions& options, std::string* error) -> bool;

// The module's textual LLVM IR.
void PrintLLVM(const llvm::Module& module, std::ostream& out);

// The host's target triple and a TargetMachine-compatible data layout string (amd64).
auto HostTriple() -> std::string;

// -march resolved: LLVM's CPU name and feature string ("+avx2,-avx512f,..."; empty when the
// name implies them).
struct TargetCpu {
  std::string name;
  std::string features;
};
auto ResolveCpu(const std::string& march) -> TargetCpu;
// Whether LLVM knows march as a CPU of the host's target ("native" always); else *error says so.
auto ValidCpu(const std::string& march, std::string* error) -> bool;

}  // namespace gocc::codegen
