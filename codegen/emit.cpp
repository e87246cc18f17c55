// The pipeline's back half: EmitModule (IR -> LLVM module), Optimize (new pass manager),
// EmitObject (TargetMachine, host triple, generic x86-64 CPU so binaries run on any x86-64),
// Link (the system C compiler driver with the runtime library), PrintLLVM.
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/Analysis/TargetLibraryInfo.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/MC/MCSubtargetInfo.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/CommandLine.h>
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

auto LookupTarget(std::string* error) -> const llvm::Target* {
  static bool initialized = [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    return true;
  }();
  (void)initialized;
  std::string lookup_error;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(HostTriple(), lookup_error);
  if (target == nullptr && error != nullptr) *error = lookup_error;
  return target;
}

auto CreateTargetMachine(const CodegenOptions& options, std::string* error) -> std::unique_ptr<llvm::TargetMachine> {
  const llvm::Target* target = LookupTarget(error);
  if (target == nullptr) return nullptr;
  TargetCpu cpu = ResolveCpu(options.march);
  int opt_level = options.opt_level;
  auto level = opt_level <= 0 ? llvm::CodeGenOptLevel::None
               : opt_level == 1 ? llvm::CodeGenOptLevel::Less
               : opt_level == 2 ? llvm::CodeGenOptLevel::Default
                                : llvm::CodeGenOptLevel::Aggressive;
  return std::unique_ptr<llvm::TargetMachine>(target->createTargetMachine(
      HostTriple(), cpu.name, cpu.features, llvm::TargetOptions(), llvm::Reloc::PIC_, std::nullopt, level));
}

// LLVM's loop vectorizer keeps a floating-point sum in order (Go does not allow reassociation)
// only when ordered reductions are enabled; they are for targets with AVX-512DQ, whose vector
// int64 multiply and int64->float64 conversion make the vector body of such loops pay:
// spectral-norm's `s += a(i, j) * u[j]` (an int64 expression, a conversion and a division per
// element) runs in 0.67x the time there, and in 1.05-1.4x on SSE2 and AVX2, where those
// operations are scalarised. The option is LLVM's global; every module of a process is built
// for one target.
void SetOrderedReductions(const llvm::TargetMachine& tm) {
  bool enable = tm.getMCSubtargetInfo()->checkFeatures("+avx512dq");
  auto& registered = llvm::cl::getRegisteredOptions();
  auto it = registered.find("force-ordered-reductions");
  if (it == registered.end()) return;
  // The vectorizer reads the option only once it has occurred, as on a command line.
  auto* option = static_cast<llvm::cl::opt<bool>*>(it->second);
  if (option->getNumOccurrences() == 0) {
    option->addOccurrence(0, option->ArgStr, enable ? "true" : "false");
  } else {
    option->setValue(enable);
  }
}

}  // namespace

auto HostTriple() -> std::string { return llvm::sys::getDefaultTargetTriple(); }

auto ResolveCpu(const std::string& march) -> TargetCpu {
  if (march != "native") return {march, ""};
  // Asked for every target machine and cache key of a build: the host is read once.
  static const TargetCpu host = [] {
    std::string features;
    for (const auto& [feature, on] : llvm::sys::getHostCPUFeatures()) {
      if (!features.empty()) features += ',';
      features += (on ? "+" : "-") + feature.str();
    }
    return TargetCpu{llvm::sys::getHostCPUName().str(), features};
  }();
  return host;
}

auto ValidCpu(const std::string& march, std::string* error) -> bool {
  if (march == "native") return true;
  const llvm::Target* target = LookupTarget(error);
  if (target == nullptr) return false;
  std::unique_ptr<llvm::MCSubtargetInfo> info(target->createMCSubtargetInfo(HostTriple(), "", ""));
  if (info != nullptr && info->isCPUStringValid(march)) return true;
  *error = "unknown CPU '" + march + "' for " + HostTriple() + " (try native, or e.g. x86-64, x86-64-v3, znver4)";
  return false;
}

auto EmitModule(const ir::Program& program, llvm::LLVMContext& ctx, const CodegenOptions& options,
                std::vector<std::string>* errors) -> std::unique_ptr<llvm::Module> {
  auto module = std::make_unique<llvm::Module>(options.module_name, ctx);
  std::string error;
  auto tm = CreateTargetMachine(options, &error);
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
  auto tm = CreateTargetMachine(options, nullptr);
  SetOrderedReductions(*tm);
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions tuning;
  tuning.SLPVectorization = options.opt_level >= 2;
  llvm::PassBuilder pb(tm.get(), tuning);
  // Loop idiom recognition would turn element-copying loops (fannkuch's `a[i] = a[i+1]`) into
  // calls of the C library's memmove, which costs more than the loop for the few elements Go
  // programs move that way (bulk moves are written as copy). gc keeps such loops as loops.
  llvm::TargetLibraryInfoImpl library(llvm::Triple(module.getTargetTriple()));
  library.setUnavailable(llvm::LibFunc_memmove);
  library.setUnavailable(llvm::LibFunc_memcpy);
  fam.registerPass([&] { return llvm::TargetLibraryAnalysis(library); });
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
  auto tm = CreateTargetMachine(options, error);
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
