// The gocc command: one function per subcommand, wiring the stages in order (DESIGN.md §1).
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <iostream>
#include <string>
#include <vector>

#include "ast/dump.h"
#include "driver/compile.h"
#include "driver/frontend.h"
#include "driver/layout.h"
#include "lexer/dump.h"
#include "support/big_stack.h"
#include "support/heap.h"
#include "typecheck/check.h"

namespace gocc::driver {
namespace {

constexpr int kExitErrors = 1;

struct FrontendOptions {
  std::vector<std::string> inputs;
  std::string list_file;
  bool all_errors = false;
  bool no_positions = false;
  bool imports_declarations_only = false;  // LoadProgram's: see compile.h
};

// Collects the files named on the command line and in --list.
auto CollectFiles(const FrontendOptions& opts, std::vector<std::string>* files) -> bool {
  if (!opts.list_file.empty()) {
    std::ifstream list(opts.list_file);
    if (!list) {
      std::cerr << "gocc: open " << opts.list_file << ": no such file or directory\n";
      return false;
    }
    for (std::string line; std::getline(list, line);) {
      if (!line.empty()) files->push_back(line);
    }
  }
  if (!ExpandInputs(opts.inputs, files)) return false;
  if (files->empty()) {
    std::cerr << "gocc: no input files\n";
    return false;
  }
  return true;
}

auto PrintDiagnostics(Frontend& fe, const FrontendOptions& opts) -> int {
  fe.diags().Print(std::cerr, opts.all_errors ? 0 : 10);
  return fe.diags().error_count() > 0 ? kExitErrors : 0;
}

auto RunTokens(const FrontendOptions& opts) -> int {
  std::vector<std::string> files;
  if (!CollectFiles(opts, &files)) return kExitUsage;
  bool headers = files.size() > 1 || !opts.list_file.empty();
  Frontend fe;
  std::ios::sync_with_stdio(false);
  for (const std::string& path : files) {
    ParsedFile* file = fe.Lex(path);
    if (file == nullptr) return kExitErrors;
    if (headers) std::cout << "== " << path << '\n';
    lex::DumpTokens(file->tokens, std::cout);
  }
  std::cout.flush();
  return PrintDiagnostics(fe, opts);
}

auto RunAst(const FrontendOptions& opts) -> int {
  std::vector<std::string> files;
  if (!CollectFiles(opts, &files)) return kExitUsage;
  Frontend fe;
  for (const std::string& path : files) {
    ParsedFile* file = fe.Parse(path);
    if (file == nullptr) return kExitErrors;
    if (files.size() > 1 || !opts.list_file.empty()) std::cout << "== " << path << '\n';
    ast::Dump(*file->tree, *file->source, std::cout, !opts.no_positions);
  }
  std::cout.flush();
  return PrintDiagnostics(fe, opts);
}

auto RunParse(const FrontendOptions& opts) -> int {
  std::vector<std::string> files;
  if (!CollectFiles(opts, &files)) return kExitUsage;
  Frontend fe;
  for (const std::string& path : files) {
    if (fe.Parse(path) == nullptr) return kExitErrors;
  }
  return PrintDiagnostics(fe, opts);
}

auto ImportPaths(const std::vector<ast::File*>& files) -> std::vector<std::string> {
  std::vector<std::string> paths;
  for (const ast::File* f : files) {
    for (const ast::Decl* d : f->decls) {
      const auto* g = d->As<ast::GenDecl>();
      if (g == nullptr || g->tok != lex::TokenKind::Import) continue;
      for (const ast::Node* spec : g->specs) {
        const auto* imp = spec->As<ast::ImportSpec>();
        if (imp == nullptr) continue;
        std::string_view v = imp->path->value;
        if (v.size() >= 2) paths.emplace_back(v.substr(1, v.size() - 2));
      }
    }
  }
  return paths;
}

// The loaded packages in dependency order (each after its imports), main last, with the
// checker's Package of each (found as the keys of Info::init_order, which has one per package).
void OrderPackages(const std::vector<LoadedPackage>& loaded,
                   const std::vector<ast::File*>& main_files, const types::Info* info,
                   const types::Package* main_pkg, LoadedProgram* program) {
  std::unordered_map<std::string, const std::vector<ast::File*>*> files;
  for (const auto& [path, fs] : loaded) files[path] = &fs;
  std::unordered_map<std::string, const types::Package*> checked;
  if (info != nullptr) {
    for (const auto& [pkg, inits] : info->init_order) {
      if (pkg != main_pkg) checked[std::string(pkg->path)] = pkg;
    }
  }
  std::set<std::string> done;
  std::function<void(const std::string&)> visit = [&](const std::string& path) {
    auto it = files.find(path);
    if (it == files.end() || !done.insert(path).second) return;
    for (const std::string& dep : ImportPaths(*it->second)) visit(dep);
    program->packages.push_back(LoadedProgram::Package{path, *it->second, checked[path]});
  };
  for (const std::string& dep : ImportPaths(main_files)) visit(dep);
  program->packages.push_back(LoadedProgram::Package{"main", main_files, main_pkg});
}

// Parses the command line's files and type-checks them as one package, loading imports from
// the bundled standard library. Returns 0, or the exit code if the files could not be read.
auto LoadAndCheck(const FrontendOptions& opts, Frontend& fe, types::Info* info,
                  std::vector<ast::File*>* trees, LoadedProgram* program = nullptr) -> int {
  std::vector<std::string> files;
  if (!CollectFiles(opts, &files)) return kExitUsage;
  for (const std::string& path : files) {
    ParsedFile* file = fe.Parse(path);
    if (file == nullptr) return kExitErrors;
    trees->push_back(file->tree);
  }
  // As gc: no type checking after syntax errors (other parser errors do not stop it).
  if (fe.diags().syntax_error_count() != 0) return 0;
  types::Checker checker(fe.arena(), fe.diags());
  checker.SetInfo(info);
  checker.SetImportsDeclarationsOnly(opts.imports_declarations_only);
  std::vector<LoadedPackage> loaded;  // imported packages
  UseBundledStdlib(checker, fe, &loaded);
  const types::Package* main_pkg = checker.CheckPackage(*trees);
  if (program != nullptr) {
    for (size_t k = 0; k < program->basics.size(); ++k) {
      program->basics[k] = checker.BasicType(static_cast<types::BasicKind>(k));
    }
    OrderPackages(loaded, *trees, info, main_pkg, program);
  }
  return 0;
}

// gocc check: parse, then type-check the files as one package.
auto RunCheck(const FrontendOptions& opts) -> int {
  Frontend fe;
  std::vector<ast::File*> trees;
  if (int status = LoadAndCheck(opts, fe, nullptr, &trees); status != 0) return status;
  return PrintDiagnostics(fe, opts);
}

// gocc types: check, then print every expression of the given files with its type.
auto RunTypes(const FrontendOptions& opts) -> int {
  Frontend fe;
  std::vector<ast::File*> trees;
  types::Info info;
  if (int status = LoadAndCheck(opts, fe, &info, &trees); status != 0) return status;
  std::vector<const ast::File*> files(trees.begin(), trees.end());
  types::DumpTypes(info, fe.sources(), files, std::cout);
  std::cout.flush();
  return PrintDiagnostics(fe, opts);
}

}  // namespace

auto LoadProgram(const std::vector<std::string>& inputs, Frontend& fe, types::Info* info,
                 LoadedProgram* program, bool imports_declarations_only) -> int {
  FrontendOptions opts;
  opts.inputs = inputs;
  opts.imports_declarations_only = imports_declarations_only;
  std::vector<ast::File*> trees;
  return LoadAndCheck(opts, fe, info, &trees, program);
}

namespace {

auto Main(int argc, char** argv) -> int {
  // `gocc -m[=N] [--json] [-smallframes] [-l] [-N] FILES|DIR` is the escape report; flags in gc's
  // style (-l turns inlining off; -N is accepted: escape analysis runs on unoptimised IR anyway).
  // Without -l the report has gc's inlining lines. --json prints the findings as JSON, each with
  // its explanation.
  if (argc > 1 && argv[1][0] == '-') {
    BackendOptions esc;
    bool escape_mode = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; ++i) {
      std::string_view a = argv[i];
      if (a == "-m") {
        ++esc.escape_report;
        escape_mode = true;
      } else if (a.starts_with("-m=")) {
        esc.escape_report = std::atoi(std::string(a.substr(3)).c_str());
        escape_mode = true;
      } else if (a == "--json") {
        esc.escape_json = true;
      } else if (a == "-smallframes") {
        esc.small_frames = true;
      } else if (a == "-l") {
        esc.no_inline = true;
      } else if (a == "-d=inlfuncswithclosures=1") {  // gc's debug flag; gocc's default
      } else if (a == "-N" || a == "-0") {
      } else {
        break;
      }
    }
    if (escape_mode) {
      if (i < argc && argv[i][0] == '-') {
        std::cerr << "gocc -m: unknown flag " << argv[i] << '\n';
        return kExitUsage;
      }
      for (; i < argc; ++i) esc.inputs.emplace_back(argv[i]);
      if (esc.inputs.empty()) {
        std::cerr << "gocc -m: no go files listed\n";
        return kExitUsage;
      }
      return RunEscape(esc);
    }
  }

  CLI::App app{"gocc: a Go compiler and memory-analysis tool", "gocc"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Show help for every subcommand");

  FrontendOptions fe_opts;
  auto add_frontend = [&](CLI::App* cmd) {
    cmd->add_option("inputs", fe_opts.inputs, "Go files or a package directory");
    cmd->add_option("--list", fe_opts.list_file, "Read more file names from FILE, one per line");
    cmd->add_flag("-e", fe_opts.all_errors, "Report all errors, not just the first 10");
  };
  auto* tokens = app.add_subcommand("tokens", "Dump the token stream (go/scanner's format)");
  add_frontend(tokens);
  auto* ast_cmd = app.add_subcommand("ast", "Dump the syntax tree");
  add_frontend(ast_cmd);
  ast_cmd->add_flag("--no-positions", fe_opts.no_positions, "Leave positions out of the dump");
  auto* parse = app.add_subcommand("parse", "Parse; print syntax errors only");
  add_frontend(parse);

  std::vector<std::string> rest;
  BackendOptions be_opts;
  auto add_opt_level = [&](CLI::App* cmd) {
    cmd->add_option("-O", be_opts.opt_level, "Optimisation level 0..3 (default 2)")->check(CLI::Range(0, 3));
    cmd->add_option("--march", be_opts.march,
                    "The CPU to build for: native (default: this machine's, with its vector units) or an LLVM "
                    "CPU name (x86-64 for any x86-64 machine, x86-64-v3, znver4, ...)");
  };
  auto* compile = app.add_subcommand("compile", "Compile to a native executable");
  compile->alias("build");
  compile->add_option("inputs", be_opts.inputs, "Go files or a package directory")->required();
  compile->add_option("-o", be_opts.output, "The executable (default: the directory's or first file's name)");
  add_opt_level(compile);
  compile->add_flag("-g", be_opts.debug_info, "Emit DWARF line tables");
  compile->add_option("-m", be_opts.escape_report, "Print escape analysis decisions (gc's -m lines) at level N")
      ->expected(0, 1)
      ->default_str("1");
  compile->add_flag("-l", be_opts.no_inline, "Disable inlining (gc's -l; implied by -O0)");
  auto* run = app.add_subcommand("run", "Compile and run a program");
  add_opt_level(run);
  run->add_flag("-g", be_opts.debug_info, "Emit DWARF line tables");
  run->add_flag("-l", be_opts.no_inline, "Disable inlining (gc's -l)");
  run->prefix_command();
  auto* check = app.add_subcommand("check", "Parse and type-check; diagnostics only");
  add_frontend(check);
  auto* types = app.add_subcommand("types", "Dump every expression's type and constant value");
  add_frontend(types);
  auto* ir = app.add_subcommand("ir", "Dump the SSA IR");
  ir->add_option("inputs", be_opts.inputs, "Go files or a package directory")->required();
  ir->add_option("--func", be_opts.func, "Print only this function (NAME or pkg.NAME)");
  ir->add_flag("-l", be_opts.no_inline, "Disable inlining (gc's -l)");
  ir->add_flag("--inline-costs", be_opts.inline_costs,
               "Print every function's inlinability instead, in every package (gc's -m=2 'can inline' costs)");
  auto* llvm = app.add_subcommand("llvm", "Dump the LLVM IR");
  llvm->add_option("inputs", be_opts.inputs, "Go files or a package directory")->required();
  add_opt_level(llvm);
  llvm->add_flag("-g", be_opts.debug_info, "Emit DWARF line tables");
  auto* layout = AddLayoutCommand(app);
  auto* version = app.add_subcommand("version", "Print the version");

  // -march=CPU in gcc's spelling is --march for CLI11 (single-dash long names are not its style);
  // a program's own arguments after `run FILE` are left alone.
  std::vector<std::string> march_spelling;
  for (int i = 2; i < argc; ++i) {
    std::string_view a = argv[i];
    if (!a.starts_with('-') && std::string_view(argv[i - 1]) != "-O" && std::string_view(argv[1]) == "run") break;
    if (a == "-march" || a.starts_with("-march=")) {
      march_spelling.push_back("-" + std::string(a));
      argv[i] = march_spelling.back().data();
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kExitUsage;
  }
  // -O0 is a debug build: no inlining either, as `go build -gcflags='-N -l'`, so that every
  // function keeps its own lines for a debugger.
  if (be_opts.opt_level == 0) be_opts.no_inline = true;

  if (*tokens) return RunTokens(fe_opts);
  if (*ast_cmd) return RunAst(fe_opts);
  if (*parse) return RunParse(fe_opts);
  if (*version) {
    std::cout << "gocc version 0.1.0 (Go 1.19 language)\n";
    return 0;
  }
  if (*compile) return RunCompile(be_opts);
  if (*run) {
    std::vector<std::string> rest = run->remaining();
    if (rest.empty()) {
      std::cerr << "gocc run: no go files listed\n";
      return kExitUsage;
    }
    be_opts.inputs = {rest[0]};
    size_t first_arg = rest.size() > 1 && rest[1] == "--" ? 2 : 1;
    be_opts.args.assign(rest.begin() + static_cast<std::ptrdiff_t>(first_arg), rest.end());
    return RunRun(be_opts);
  }
  if (*check) return RunCheck(fe_opts);
  if (*types) return RunTypes(fe_opts);
  if (*ir) return RunIr(be_opts);
  if (*llvm) return RunLlvm(be_opts);
  if (*layout) return RunLayout();
  return kExitUsage;
}

}  // namespace
}  // namespace gocc::driver

auto gocc::driver::CommandLine() -> std::vector<char*>& {
  static std::vector<char*> args;
  return args;
}

auto main(int argc, char** argv) -> int {
  gocc::driver::CommandLine().assign(argv, argv + argc + 1);  // argv[argc] is null
  gocc::TuneHeapForBatch();
  int status = 0;
  gocc::RunWithStack(gocc::kCompilerStackBytes, [&] { status = gocc::driver::Main(argc, argv); });
  return status;
}
