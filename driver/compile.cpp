// gocc compile/build, run and llvm in gocc-llvm: the program from pipeline.h's BuildIr through
// LLVM and the system linker (DESIGN.md §1).
//
// Exit codes: 1 for compile errors (as gc), 2 for usage errors and for constructs gocc cannot
// compile yet (`file:line:col: gocc: go statements are not supported yet`) or an internal error
// of a later stage, which is a message, never a crash. `gocc run` passes the program's own exit
// code on.
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "codegen/codegen.h"
#include "driver/cache.h"
#include "driver/compile.h"
#include "driver/pipeline.h"
#include "support/heap.h"

namespace gocc::driver {
namespace {

namespace fs = std::filesystem;

// libgoccrt.a: $GOCCROOT/lib, else next to the build tree's gocc (build/driver/gocc ->
// build/runtime/libgoccrt.a), else <prefix>/lib/gocc.
auto RuntimeLibrary() -> std::string {
  if (const char* root = std::getenv("GOCCROOT"); root != nullptr && *root != '\0') {
    return (fs::path(root) / "lib" / "libgoccrt.a").string();
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  for (fs::path dir = exe.parent_path(); !ec && dir.has_relative_path(); dir = dir.parent_path()) {
    if (fs::exists(dir / "runtime" / "libgoccrt.a")) return (dir / "runtime" / "libgoccrt.a").string();
    if (fs::exists(dir / "lib" / "gocc" / "libgoccrt.a")) return (dir / "lib" / "gocc" / "libgoccrt.a").string();
  }
  return "libgoccrt.a";
}

// The code generator's options from the command line's.
auto CodegenOptionsOf(const BackendOptions& opts) -> codegen::CodegenOptions {
  codegen::CodegenOptions options;
  options.opt_level = opts.opt_level;
  options.debug_info = opts.debug_info;
  options.march = opts.march;
  return options;
}

auto Lower(Compilation& c, const BackendOptions& opts, llvm::LLVMContext& ctx, std::unique_ptr<llvm::Module>* module,
           bool optimize = true) -> int {
  codegen::CodegenOptions options = CodegenOptionsOf(opts);
  options.sources = &c.fe.sources();
  std::vector<std::string> errors;
  *module = codegen::EmitModule(*c.program, ctx, options, &errors);
  if (!errors.empty()) {
    for (const auto& e : errors) std::cerr << "gocc: internal compiler error: " << e << '\n';
    return kExitUnsupported;
  }
  if (optimize) codegen::Optimize(**module, options);
  return 0;
}

auto CompileTo(const BackendOptions& opts, const std::string& output) -> int {
  // One program per process: the compilation and LLVM's modules are freed by the exit.
  Compilation& c = *KeepUntilExit(std::make_unique<Compilation>());
  if (int status = BuildIr(opts, c, true, &std::cerr); status != 0) return status;
  llvm::LLVMContext& ctx = *KeepUntilExit(std::make_unique<llvm::LLVMContext>());
  std::unique_ptr<llvm::Module> lowered;
  if (int status = Lower(c, opts, ctx, &lowered, /*optimize=*/false); status != 0) return status;
  std::string object = output + ".o";
  codegen::CodegenOptions options = CodegenOptionsOf(opts);
  std::string error;
  // The program's object, and the standard library's from the cache (driver/cache.h).
  std::vector<std::string> objects;
  if (!EmitObjects(std::move(lowered), options, object, &objects, &error)) {
    std::cerr << "gocc: " << error << '\n';
    std::error_code ec;
    fs::remove(object, ec);
    return kExitUnsupported;
  }
  codegen::LinkOptions link;
  link.output = output;
  link.objects = objects;
  // The whole runtime: the C hooks of standard library functions are referenced weakly (a
  // missing hook must not stop the link), and weak references do not pull archive members in.
  link.extra = {"-Wl,--whole-archive", RuntimeLibrary(), "-Wl,--no-whole-archive"};
  bool linked = codegen::Link(link, &error);
  std::error_code ec;
  fs::remove(object, ec);
  if (!linked) {
    std::cerr << "gocc: link: " << error << '\n';
    return kExitUnsupported;
  }
  return 0;
}

// An -march LLVM does not know is a usage error, reported before any work.
auto MarchKnown(const BackendOptions& opts) -> bool {
  std::string error;
  if (codegen::ValidCpu(opts.march, &error)) return true;
  std::cerr << "gocc: -march: " << error << '\n';
  return false;
}

}  // namespace

auto RunCompile(const BackendOptions& opts) -> int {
  if (!MarchKnown(opts)) return kExitUsage;
  return CompileTo(opts, opts.output.empty() ? DefaultOutput(opts.inputs) : opts.output);
}

auto RunRun(const BackendOptions& opts) -> int {
  if (!MarchKnown(opts)) return kExitUsage;
  std::error_code ec;
  fs::path dir = fs::temp_directory_path(ec) / ("gocc-run-" + std::to_string(::getpid()));
  fs::create_directories(dir, ec);
  std::string exe = (dir / DefaultOutput(opts.inputs)).string();
  int status = CompileTo(opts, exe);
  if (status != 0) {
    fs::remove_all(dir, ec);
    return status;
  }
  std::vector<char*> argv;
  std::vector<std::string> args{exe};
  args.insert(args.end(), opts.args.begin(), opts.args.end());
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::cout.flush();
  pid_t pid = ::fork();
  if (pid == 0) {
    ::execv(exe.c_str(), argv.data());
    std::perror("gocc run: exec");
    std::_Exit(127);
  }
  int wstatus = 0;
  ::waitpid(pid, &wstatus, 0);
  fs::remove_all(dir, ec);
  if (WIFEXITED(wstatus)) return WEXITSTATUS(wstatus);
  return 128 + WTERMSIG(wstatus);
}

auto RunLlvm(const BackendOptions& opts) -> int {
  if (!MarchKnown(opts)) return kExitUsage;
  Compilation c;
  if (int status = BuildIr(opts, c, true, &std::cerr); status != 0) return status;
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module;
  if (int status = Lower(c, opts, ctx, &module); status != 0) return status;
  codegen::PrintLLVM(*module, std::cout);
  return 0;
}

}  // namespace gocc::driver
