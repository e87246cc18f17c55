// gocc layout: parse and type-check the files as one package, find every struct, and report its
// layout per architecture (analysis/layout/). See docs/layout.md.
#include "driver/layout.h"

#include <re2/re2.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "analysis/layout/collect.h"
#include "analysis/layout/fix.h"
#include "analysis/layout/report.h"
#include "driver/frontend.h"
#include "typecheck/check.h"
#include "typecheck/typestring.h"

namespace gocc::driver {
namespace {

constexpr int kExitErrors = 1;
constexpr int kExitUsage = 2;
constexpr int kExitCouldShrink = 3;

struct LayoutOptions {
  std::vector<std::string> args;  // [TYPE-REGEX] FILES|DIR
  std::string arch = "amd64";
  std::string format = "text";
  std::string type_regex;
  int64_t cache_line = 64;
  bool check = false;
  bool fix = false;
  bool diff = false;
  bool generated = false;
};

LayoutOptions options;

auto SplitList(const std::string& list) -> std::vector<std::string> {
  std::vector<std::string> out;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) {
    if (!item.empty()) out.push_back(item);
  }
  return out;
}

}  // namespace

auto AddLayoutCommand(CLI::App& app) -> CLI::App* {
  auto* cmd = app.add_subcommand("layout", "Report struct layouts (offsets, padding, ptrdata, "
                                           "size classes, cache lines) and better field orders");
  cmd->add_option("args", options.args, "[TYPE-REGEX] FILES|DIR");
  cmd->add_option("--arch", options.arch,
                  "Comma-separated architectures (amd64,386,arm64,arm,wasm,...); the first one's "
                  "findings are reported")
      ->capture_default_str();
  cmd->add_option("--format", options.format, "text, json, vet, vet-json, svg or html")
      ->capture_default_str();
  cmd->add_option("--cacheline", options.cache_line, "Cache line size in bytes")
      ->capture_default_str();
  cmd->add_option("--type", options.type_regex, "Only structs whose name matches (RE2)");
  cmd->add_flag("--check", options.check, "Exit 3 when any struct could be smaller");
  cmd->add_flag("--fix", options.fix, "Reorder fields in place, keeping comments and tags");
  cmd->add_flag("--diff", options.diff, "Print the --fix rewrite as a unified diff");
  cmd->add_flag("--generated", options.generated,
                "Include files marked `// Code generated ... DO NOT EDIT.`");
  return cmd;
}

auto RunLayout() -> int {
  const LayoutOptions& opts = options;
  layout::Options lopts;
  for (const std::string& name : SplitList(opts.arch)) {
    const types::Arch* arch = types::FindArch(name);
    if (arch == nullptr) {
      std::cerr << "gocc layout: unknown architecture " << name << "\n";
      return kExitUsage;
    }
    lopts.archs.push_back(arch);
  }
  if (lopts.archs.empty()) lopts.archs.push_back(types::FindArch("amd64"));
  lopts.cache_line = opts.cache_line;
  lopts.nested_depth = opts.format == "json" ? 2 : 0;  // only JSON shows nested fields
  if (opts.cache_line <= 0) {
    std::cerr << "gocc layout: --cacheline must be positive\n";
    return kExitUsage;
  }
  static const char* kFormats[] = {"text", "json", "vet", "vet-json", "svg", "html"};
  if (std::find(std::begin(kFormats), std::end(kFormats), opts.format) == std::end(kFormats)) {
    std::cerr << "gocc layout: unknown format " << opts.format
              << " (text, json, vet, vet-json, svg, html)\n";
    return kExitUsage;
  }
  // [TYPE-REGEX] FILES|DIR: a first argument that names no file or directory is the regex.
  std::vector<std::string> inputs = opts.args;
  lopts.type_regex = opts.type_regex;
  if (inputs.size() > 1 && !std::filesystem::exists(inputs[0])) {
    lopts.type_regex = inputs[0];
    inputs.erase(inputs.begin());
  }
  if (!lopts.type_regex.empty() && !RE2(lopts.type_regex, RE2::Quiet).ok()) {
    std::cerr << "gocc layout: invalid type regexp " << lopts.type_regex << "\n";
    return kExitUsage;
  }
  std::vector<std::string> files;
  if (!ExpandInputs(inputs, &files)) return kExitUsage;
  if (files.empty()) {
    std::cerr << "gocc layout: no input files\n";
    return kExitUsage;
  }

  Frontend fe;
  std::vector<ast::File*> trees;
  for (const std::string& path : files) {
    ParsedFile* file = fe.Parse(path);
    if (file == nullptr) {
      fe.diags().Print(std::cerr);
      return kExitErrors;
    }
    trees.push_back(file->tree);
  }
  if (fe.diags().syntax_error_count() != 0) {
    fe.diags().Print(std::cerr);
    return kExitErrors;
  }
  types::Info info;
  types::Checker checker(fe.arena(), fe.diags());
  bool with_info = layout::NeedsInfo(trees, fe.sources());
  if (with_info) checker.SetInfo(&info);
  // Layouts depend on declared types only. Function bodies are checked when they matter: when
  // one declares a struct type or calls sync/atomic (with_info), and before --fix rewrites files.
  // Errors in other bodies are not looked for (`gocc check` does that).
  checker.SetDeclarationsOnly(!with_info && !opts.fix && !opts.diff);
  UseBundledStdlib(checker, fe);
  types::Package* pkg = checker.CheckPackage(trees);
  if (pkg != nullptr) types::SetTypeStringPackage(pkg->path);
  // Type errors do not stop the report (the rest of the package is still laid out).
  int status = fe.diags().error_count() > 0 ? kExitErrors : 0;
  fe.diags().Print(std::cerr);

  layout::TypeResolver resolve = [&](const ast::Expr* e) { return checker.ResolveType(e); };
  layout::CollectOptions copts;
  copts.include_generated = opts.generated;
  copts.literals_in_bodies = opts.fix || opts.diff;
  layout::PackageFacts facts =
      layout::Collect(trees, with_info ? &info : nullptr, resolve, fe.sources(), copts);
  std::ios::sync_with_stdio(false);
  // Text, vet and JSON stream one struct at a time; the others need the whole report.
  if (!opts.fix && !opts.diff &&
      (opts.format == "text" || opts.format == "vet" || opts.format == "json")) {
    bool first = true, shrink = false;
    if (opts.format == "json") layout::WriteJsonBegin(lopts, facts.skipped_files, std::cout);
    layout::AnalyzeEach(facts, lopts, [&](const layout::StructReport& s) {
      shrink |= layout::CouldShrink(s);
      if (opts.format == "text") {
        if (layout::WriteTextStruct(s, lopts, first, std::cout)) first = false;
      } else if (opts.format == "vet") {
        layout::WriteVetStruct(s, std::cout);
      } else {
        layout::WriteJsonStruct(s, first, std::cout);
        first = false;
      }
    });
    if (opts.format == "text") layout::WriteTextTrailer(facts.skipped_files, std::cout);
    if (opts.format == "json") layout::WriteJsonEnd(!first, std::cout);
    std::cout.flush();
    if (opts.check && shrink && status == 0) return kExitCouldShrink;
    return status;
  }
  layout::Report report = layout::Analyze(facts, lopts);
  if (opts.fix || opts.diff) {
    std::vector<layout::FileFix> fixes = layout::PlanFixes(report);
    for (const layout::FileFix& fix : fixes) {
      for (const layout::FixOutcome& o : fix.outcomes) {
        std::cerr << layout::PosString(o.report->pos) << ": " << o.report->name << ": "
                  << (o.applied ? "reordered (" + o.report->archs[0].message + ")"
                                : "not reordered: " + o.reason)
                  << "\n";
      }
      if (opts.diff) layout::WriteDiff(fix, std::cout);
      if (opts.fix && !fix.changed_lines.empty()) {
        std::ofstream out(fix.file->path(), std::ios::binary | std::ios::trunc);
        out << fix.text;
        if (!out) {
          std::cerr << "gocc layout: cannot write " << fix.file->path() << "\n";
          status = kExitErrors;
        }
      }
    }
    std::cout.flush();
    return status;
  }

  if (opts.format == "vet-json") {
    layout::WriteVetJson(report, "command-line-arguments", std::cout);
  } else if (opts.format == "svg") {
    layout::WriteSvg(report, std::cout);
  } else {
    layout::WriteHtml(report, std::cout);
  }
  std::cout.flush();
  if (opts.check && report.CouldShrink() && status == 0) return kExitCouldShrink;
  return status;
}

}  // namespace gocc::driver
