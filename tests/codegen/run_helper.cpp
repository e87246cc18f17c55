#include "tests/codegen/run_helper.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "codegen/codegen.h"

namespace gocc::testing {

namespace {
auto ReadFile(const std::filesystem::path& p) -> std::string {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

auto CompileAndRun(const ir::Program& program, int opt_level) -> RunResult {
  RunResult result;
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("gocc-run-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  llvm::LLVMContext ctx;
  codegen::CodegenOptions options;
  options.opt_level = opt_level;
  std::vector<std::string> errors;
  auto module = codegen::EmitModule(program, ctx, options, &errors);
  for (const auto& e : errors) result.error += e + "\n";
  if (!result.error.empty()) return result;
  codegen::Optimize(*module, options);
  std::string error;
  if (!codegen::EmitObject(*module, options, (dir / "prog.o").string(), &error)) {
    result.error = error;
    return result;
  }
  codegen::LinkOptions link;
  link.output = (dir / "prog").string();
  link.objects = {(dir / "prog.o").string()};
  link.runtime_library = GOCC_RUNTIME_LIBRARY;
  if (!codegen::Link(link, &error)) {
    result.error = error;
    return result;
  }
  std::string cmd = link.output + " > " + (dir / "out").string() + " 2> " + (dir / "err").string();
  int status = std::system(cmd.c_str());
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = ReadFile(dir / "out");
  result.err = ReadFile(dir / "err");
  std::filesystem::remove_all(dir);
  return result;
}

}  // namespace gocc::testing
