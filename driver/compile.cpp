// gocc compile/build, run, ir, llvm: the type-checked program through the IR builder, the IR
// passes, LLVM and the system linker (DESIGN.md §1).
//
// Exit codes: 1 for compile errors (as gc), 2 for usage errors and for constructs gocc cannot
// compile yet (`file:line:col: gocc: go statements are not supported yet`) or an internal error
// of a later stage, which is a message, never a crash. `gocc run` passes the program's own exit
// code on.
#include "driver/compile.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>

#include "analysis/escape/escape.h"
#include "codegen/codegen.h"
#include "driver/cache.h"
#include "ir/build.h"
#include "ir/passes.h"
#include "ir/print.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

namespace gocc::driver {
namespace {

namespace fs = std::filesystem;

constexpr int kExitErrors = 1;
constexpr int kExitUnsupported = 2;

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

// One compilation: the front end's state, the checker's records and the IR.
struct Compilation {
  Frontend fe;
  types::Info info;
  LoadedProgram loaded;
  std::unique_ptr<ir::Program> program;
};

auto PrintErrors(Compilation& c) -> void { c.fe.diags().Print(std::cerr, 10); }

// A whole program is complete, as `go build` compiles it (gc's -complete): a function of the
// user's package without a body has nothing to link to, since gocc's user packages have no
// assembly. Only the bundled standard library declares body-less functions, its C hooks.
void ReportMissingBodies(Compilation& c) {
  for (const ast::File* file : c.loaded.packages.back().files) {
    for (const ast::Decl* decl : file->decls) {
      const auto* f = decl->As<ast::FuncDecl>();
      if (f != nullptr && f->body == nullptr) c.fe.diags().Report(f->name->pos, DiagKind::MissingFunctionBody);
    }
  }
}

void Escape(const BackendOptions& opts, Compilation& c, std::ostream& out);

// Front end, IR builder and the default IR passes (verified); with `prune` (a whole program),
// only what main reaches, and every function of the user's package needs a body. With `escape_out`, escape analysis runs before dead-code elimination, as gc's runs on
// the whole syntax tree: an allocation whose value is never used (`p = new(int); _ = p`) still
// gets its line.
auto BuildIr(const BackendOptions& opts, Compilation& c, bool prune = true, std::ostream* escape_out = nullptr)
    -> int {
  if (int status = LoadProgram(opts.inputs, c.fe, &c.info, &c.loaded); status != 0) return status;
  if (prune && c.fe.diags().error_count() == 0) ReportMissingBodies(c);
  if (c.fe.diags().error_count() != 0) {
    PrintErrors(c);
    return kExitErrors;
  }
  static const types::Sizes sizes(*types::FindArch("amd64"));
  std::vector<ir::PackageFiles> packages;
  for (const auto& p : c.loaded.packages) packages.push_back(ir::PackageFiles{p.path, p.files, p.package});
  auto basics = c.loaded.basics;
  c.program = ir::BuildProgram(packages, c.info, sizes,
                               [basics](types::BasicKind k) { return basics[static_cast<size_t>(k)]; },
                               c.fe.diags(), prune);
  if (c.program == nullptr || c.fe.diags().error_count() != 0) {
    PrintErrors(c);
    return kExitUnsupported;
  }
  std::vector<std::string> errors;
  auto pipeline = ir::DefaultPipeline();
  std::vector<std::string_view> after;
  if (escape_out != nullptr) {
    auto dce = std::find(pipeline.begin(), pipeline.end(), "dce");
    after.assign(dce, pipeline.end());
    pipeline.erase(dce, pipeline.end());
  }
  if (!ir::RunPasses(*c.program, pipeline, ir::PassOptions{.verify = true}, &errors)) {
    for (const auto& e : errors) std::cerr << "gocc: internal compiler error: " << e << '\n';
    return kExitUnsupported;
  }
  types::SetTypeStringPackage("main");
  if (escape_out != nullptr) {
    Escape(opts, c, *escape_out);
    if (!ir::RunPasses(*c.program, after, ir::PassOptions{.verify = true}, &errors)) {
      for (const auto& e : errors) std::cerr << "gocc: internal compiler error: " << e << '\n';
      return kExitUnsupported;
    }
  }
  return 0;
}

// Escape analysis: decides the heap flag of every allocation site; prints the -m report.
void Escape(const BackendOptions& opts, Compilation& c, std::ostream& out) {
  if (!EscapeAnalysisEnabled() && opts.escape_report == 0) return;
  escape::Options options;
  options.level = opts.escape_report;
  options.sources = &c.fe.sources();
  auto findings = escape::Analyze(*c.program, options);
  if (!EscapeAnalysisEnabled()) {
    // Report only: every site back on the heap.
    for (const auto& fn : c.program->functions()) {
      for (const auto& b : fn->blocks()) {
        for (ir::Value* v : b->instrs) {
          bool site = (ir::OpShape(v->op) & ir::kShapeAllocates) != 0 || ir::IsImplicitAllocation(v);
          if (site && v->str() != "temporary" && v->str() != "receiver" && v->str() != "range copy" &&
              v->str() != "result slot") {
            v->flags |= ir::kFlagHeap;
          }
        }
      }
    }
  }
  escape::PrintFindings(std::move(findings), c.fe.sources(), out);
}

auto Lower(Compilation& c, const BackendOptions& opts, llvm::LLVMContext& ctx, std::unique_ptr<llvm::Module>* module,
           bool optimize = true) -> int {
  codegen::CodegenOptions options;
  options.opt_level = opts.opt_level;
  options.debug_info = opts.debug_info;
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
  Compilation c;
  if (int status = BuildIr(opts, c, true, &std::cerr); status != 0) return status;
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module;
  if (int status = Lower(c, opts, ctx, &module, /*optimize=*/false); status != 0) return status;
  std::string object = output + ".o";
  codegen::CodegenOptions options;
  options.opt_level = opts.opt_level;
  options.debug_info = opts.debug_info;
  std::string error;
  // The program's object, and the standard library's from the cache (driver/cache.h).
  std::vector<std::string> objects;
  if (!EmitObjects(*module, options, object, &objects, &error)) {
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

// go build's default name: the directory's base name, or the first file's without .go.
auto DefaultOutput(const std::vector<std::string>& inputs) -> std::string {
  if (inputs.empty()) return "a.out";
  fs::path first(inputs[0]);
  std::error_code ec;
  if (fs::is_directory(first, ec)) {
    fs::path abs = fs::absolute(first, ec).lexically_normal();
    std::string name = abs.filename().string();
    if (name.empty()) name = abs.parent_path().filename().string();
    return name;
  }
  return first.stem().string();
}

}  // namespace

auto EscapeAnalysisEnabled() -> bool {
  const char* debug = std::getenv("GOCCDEBUG");
  return debug == nullptr || std::string_view(debug).find("noescape=1") == std::string_view::npos;
}

auto RunEscape(const BackendOptions& opts) -> int {
  Compilation c;
  BackendOptions report = opts;
  if (report.escape_report == 0) report.escape_report = 1;
  if (int status = BuildIr(report, c, /*prune=*/false, &std::cout); status != 0) return status;
  return 0;
}

auto RunCompile(const BackendOptions& opts) -> int {
  return CompileTo(opts, opts.output.empty() ? DefaultOutput(opts.inputs) : opts.output);
}

auto RunRun(const BackendOptions& opts) -> int {
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

auto RunIr(const BackendOptions& opts) -> int {
  Compilation c;
  if (int status = BuildIr(opts, c); status != 0) return status;
  types::SetTypeStringPackage("main");
  if (!opts.func.empty()) {
    std::string name = opts.func.find('.') == std::string::npos ? "main." + opts.func : opts.func;
    const ir::Function* fn = c.program->FindFunction(name);
    if (fn == nullptr) {
      std::cerr << "gocc ir: no function " << name << '\n';
      return kExitUnsupported;
    }
    ir::Print(*fn, std::cout, &c.fe.sources());
    return 0;
  }
  // The program's own packages only: the standard library's functions would drown them.
  for (const auto& fn : c.program->functions()) {
    if (fn->name().starts_with("main.")) {
      ir::Print(*fn, std::cout, &c.fe.sources());
      std::cout << '\n';
    }
  }
  return 0;
}

auto RunLlvm(const BackendOptions& opts) -> int {
  Compilation c;
  if (int status = BuildIr(opts, c, true, &std::cerr); status != 0) return status;
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::Module> module;
  if (int status = Lower(c, opts, ctx, &module); status != 0) return status;
  codegen::PrintLLVM(*module, std::cout);
  return 0;
}

}  // namespace gocc::driver
