// gocc's compile, run and llvm: gocc does not link LLVM (driver/compile.h), so these commands
// replace the process with gocc-llvm, found next to gocc's own executable, with the same
// command line. gocc-llvm serves every command itself.
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>

#include "driver/compile.h"

namespace gocc::driver {
namespace {

constexpr int kExitUnsupported = 2;

[[noreturn]] auto ExecLlvm() -> int {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  fs::path llvm = exe.parent_path() / "gocc-llvm";
  if (ec) llvm = "gocc-llvm";
  std::vector<char*> argv = CommandLine();
  std::string path = llvm.string();
  std::cout.flush();
  ::execv(path.c_str(), argv.data());
  std::cerr << "gocc: cannot run " << path << " (the code generator, installed next to gocc): "
            << std::strerror(errno) << '\n';
  std::exit(kExitUnsupported);
}

}  // namespace

auto RunCompile(const BackendOptions&) -> int { ExecLlvm(); }
auto RunRun(const BackendOptions&) -> int { ExecLlvm(); }
auto RunLlvm(const BackendOptions&) -> int { ExecLlvm(); }

}  // namespace gocc::driver
