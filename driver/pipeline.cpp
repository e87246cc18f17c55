// gocc ir and gocc -m, and the front half of compile, run and llvm: the type-checked program
// through the IR builder, the IR passes and escape analysis. Nothing here uses LLVM, so the gocc
// executable, which serves these commands, does not load it (driver/compile.h).
#include "driver/pipeline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "analysis/escape/escape.h"
#include "driver/cache_dir.h"
#include "driver/summaries.h"
#include "ir/build.h"
#include "ir/inline.h"
#include "ir/passes.h"
#include "ir/print.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

namespace gocc::driver {
namespace {

namespace fs = std::filesystem;

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

}  // namespace

auto BuildIr(const BackendOptions& opts, Compilation& c, bool prune, std::ostream* escape_out) -> int {
  if (int status = LoadChecked(opts, c, prune); status != 0) return status;
  return BuildLoaded(opts, c, prune, escape_out);
}

auto LoadChecked(const BackendOptions& opts, Compilation& c, bool prune) -> int {
  if (int status = LoadProgram(opts.inputs, c.fe, &c.info, &c.loaded, c.imports_declared_only); status != 0) {
    return status;
  }
  if (prune && c.fe.diags().error_count() == 0) ReportMissingBodies(c);
  if (c.fe.diags().error_count() != 0) {
    PrintErrors(c);
    return kExitErrors;
  }
  return 0;
}

auto BuildLoaded(const BackendOptions& opts, Compilation& c, bool prune, std::ostream* escape_out) -> int {
  static const types::Sizes sizes(*types::FindArch("amd64"));
  std::vector<ir::PackageFiles> packages;
  for (const auto& p : c.loaded.packages) {
    packages.push_back(ir::PackageFiles{p.path, p.files, p.package, !c.imports_declared_only || p.path == "main",
                                        /*inline_costs=*/!opts.no_inline});
  }
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
  if (!opts.no_inline) {
    ir::InlineCalls(*c.program, opts.escape_report);
    if (!ir::RunPasses(*c.program, {}, ir::PassOptions{.verify = true}, &errors)) {
      for (const auto& e : errors) std::cerr << "gocc: internal compiler error: after inlining: " << e << '\n';
      return kExitUnsupported;
    }
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

namespace {

// Escape analysis: decides the heap flag of every allocation site; prints the -m report.
void Escape(const BackendOptions& opts, Compilation& c, std::ostream& out) {
  if (!EscapeAnalysisEnabled() && opts.escape_report == 0) return;
  escape::Options options;
  options.level = opts.escape_report;
  options.sources = &c.fe.sources();
  options.explain = opts.escape_json;
  options.small_frames = opts.small_frames;
  options.imported = c.imported;
  options.exported = c.exported;
  options.export_filter = [](const ir::Function& fn) { return !fn.name().starts_with("main."); };
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
  if (opts.escape_report > 0) {
    // The IR builder's remarks join the report, for the functions it covers (gc's -m prints
    // them among the escape lines).
    for (const auto& fn : c.program->functions()) {
      if (!fn->name().starts_with("main.")) continue;
      for (const ir::Function::Remark& r : fn->remarks) {
        findings.push_back(escape::Finding{r.pos, std::string(r.message), "", fn->name(), escape::Verdict::kInfo, std::nullopt});
      }
    }
  }
  if (opts.escape_json) {
    escape::PrintFindingsJson(std::move(findings), c.fe.sources(), out);
  } else {
    escape::PrintFindings(std::move(findings), c.fe.sources(), out, opts.escape_report);
  }
}

}  // namespace

void PrintErrors(Compilation& c) { c.fe.diags().Print(std::cerr, 10); }

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

auto EscapeAnalysisEnabled() -> bool {
  const char* debug = std::getenv("GOCCDEBUG");
  return debug == nullptr || std::string_view(debug).find("noescape=1") == std::string_view::npos;
}

auto RunEscape(const BackendOptions& opts) -> int {
  BackendOptions report = opts;
  if (report.escape_report == 0) report.escape_report = 1;
  // With the imports' summaries cached (summaries.h), only the user's package is analysed;
  // but inlining needs the bodies of the imports' inlinable functions, as gc's export data
  // carries them, so only with -l.
  std::string key;
  if (!CacheDirectory().empty() && report.no_inline) {
    auto quick = std::make_unique<Compilation>();
    quick->imports_declared_only = true;
    if (int status = LoadChecked(report, *quick, /*prune=*/false); status != 0) return status;
    key = SummaryKey(quick->loaded, quick->fe.sources());
    escape::SummaryTable imported;
    bool hit = !key.empty() && ReadSummaries(key, &imported);
    if (!key.empty() && TraceCache()) std::cerr << "gocc: escape summaries " << (hit ? "hit " : "miss ") << key << '\n';
    if (key.empty() || hit) {  // no imports, or their summaries
      quick->imported = &imported;
      int status = BuildLoaded(report, *quick, /*prune=*/false, &std::cout);
      // The process ends next: freeing the syntax trees, types and IR one node at a time would
      // cost a sixth of a small run.
      (void)quick.release();
      return status;
    }
  }
  Compilation c;
  escape::SummaryTable exported;
  if (!key.empty()) c.exported = &exported;
  if (int status = BuildIr(report, c, /*prune=*/false, &std::cout); status != 0) return status;
  if (!key.empty()) WriteSummaries(key, exported);
  return 0;
}

auto RunIr(const BackendOptions& opts) -> int {
  Compilation c;
  if (int status = BuildIr(opts, c, /*prune=*/!opts.inline_costs); status != 0) return status;
  types::SetTypeStringPackage("main");
  if (opts.inline_costs) {
    // One line per declared function: its name, and its cost or why it cannot be inlined.
    for (const auto& fn : c.program->functions()) {
      if (fn->inline_cost >= 0) {
        std::cout << fn->name() << ' ' << fn->inline_cost << '\n';
      } else if (!fn->not_inlinable.empty()) {
        std::cout << fn->name() << " -1 " << fn->not_inlinable << '\n';
      }
    }
    return 0;
  }
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

}  // namespace gocc::driver
