// The pipeline's back half: EmitModule (IR -> LLVM module), Optimize (new pass manager),
// EmitObject (TargetMachine, host triple, generic x86-64 CPU so binaries run on any x86-64),
// Link (the system C compiler driver with the runtime library), PrintLLVM.
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Program.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>

#include <memory>

#include "codegen/codegen.h"
#include "codegen/lower.h"

namespace gocc::codegen {

namespace {

auto CreateTargetMachine(int opt_level, std::string* error) -> std::unique_ptr<llvm::TargetMachine> {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)initialized;
  std::string triple = HostTriple();
  std::string lookup_error;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, lookup_error);
  if (target == nullptr) {
    if (error != nullptr) *error = lookup_error;
    return nullptr;
  }
  llvm::TargetOptions options;
  auto level = opt_level <= 0 ? llvm::CodeGenOptLevel::None
               : opt_level == 1 ? llvm::CodeGenOptLevel::Less
               : opt_level == 2 ? llvm::CodeGenOptLevel::Default
                                : llvm::CodeGenOptLevel::Aggressive;
  return std::unique_ptr<llvm::TargetMachine>(
      target->createTargetMachine(triple, "x86-64", "", options, llvm::Reloc::PIC_, std::nullopt, level));
}

}  // namespace

auto HostTriple() -> std::string { return llvm::sys::getDefaultTargetTriple(); }

auto EmitModule(const ir::Program& program, llvm::LLVMContext& ctx, const CodegenOptions& options,
                std::vector<std::string>* errors) -> std::unique_ptr<llvm::Module> {
  auto module = std::make_unique<llvm::Module>(options.module_name, ctx);
  std::string error;
  auto tm = CreateTargetMachine(options.opt_level, &error);
  if (tm == nullptr) {
    errors->push_back("codegen: no target for " + HostTriple() + ": " + error);
    return module;
  }
  module->setTargetTriple(HostTriple());
  module->setDataLayout(tm->createDataLayout());
  ModuleLowering(program, *module, options, errors).Run();
  return module;
}

void Optimize(llvm::Module& module, const CodegenOptions& options) {
  auto tm = CreateTargetMachine(options.opt_level, nullptr);
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(tm.get());
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::OptimizationLevel level = options.opt_level <= 0   ? llvm::OptimizationLevel::O0
                                  : options.opt_level == 1 ? llvm::OptimizationLevel::O1
                                  : options.opt_level == 2 ? llvm::OptimizationLevel::O2
                                                           : llvm::OptimizationLevel::O3;
  llvm::ModulePassManager mpm = options.opt_level <= 0 ? pb.buildO0DefaultPipeline(level)
                                                       : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(module, mam);
}

auto EmitObject(llvm::Module& module, const CodegenOptions& options, const std::string& path,
                std::string* error) -> bool {
  auto tm = CreateTargetMachine(options.opt_level, error);
  if (tm == nullptr) return false;
  std::error_code ec;
  llvm::raw_fd_ostream out(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    *error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  llvm::legacy::PassManager pm;
  if (tm->addPassesToEmitFile(pm, out, nullptr, llvm::CodeGenFileType::ObjectFile)) {
    *error = "the target cannot emit object files";
    return false;
  }
  pm.run(module);
  out.flush();
  return true;
}

auto Link(const LinkOptions& options, std::string* error) -> bool {
  std::string driver;
  for (const char* name : {"cc", "clang-19", "clang", "gcc"}) {
    if (auto found = llvm::sys::findProgramByName(name)) {
      driver = *found;
      break;
    }
  }
  if (driver.empty()) {
    *error = "no C compiler driver (cc, clang-19, gcc) found to link with";
    return false;
  }
  // Not position independent, as gc links: the program and its globals sit at fixed low
  // addresses (0x400000 on x86-64), so address-space layout is gc's (test/nilptr.go relies on a
  // large global lying within 256 MB of address 0).
  std::vector<std::string> args{driver, "-no-pie", "-o", options.output};
  args.insert(args.end(), options.objects.begin(), options.objects.end());
  if (!options.runtime_library.empty()) args.push_back(options.runtime_library);
  args.insert(args.end(), options.extra.begin(), options.extra.end());
  args.push_back("-lm");
  std::vector<llvm::StringRef> refs(args.begin(), args.end());
  std::string message;
  int rc = llvm::sys::ExecuteAndWait(driver, refs, std::nullopt, {}, 0, 0, &message);
  if (rc != 0) {
    *error = "link failed (" + driver + " exited " + std::to_string(rc) + ")" + (message.empty() ? "" : ": " + message);
    return false;
  }
  return true;
}

void PrintLLVM(const llvm::Module& module, std::ostream& out) {
  std::string text;
  llvm::raw_string_ostream os(text);
  module.print(os, nullptr);
  out << os.str();
}

}  // namespace gocc::codegen
