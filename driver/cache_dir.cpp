#include "driver/cache_dir.h"

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>

namespace gocc::driver {

namespace fs = std::filesystem;

auto CacheDirectory() -> std::string {
  const char* env = std::getenv("GOCCCACHE");
  if (env != nullptr && *env != '\0') return std::string_view(env) == "off" ? "" : env;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && *xdg == '/') {
    return (fs::path(xdg) / "gocc").string();
  }
  if (const char* home = std::getenv("HOME"); home != nullptr && *home == '/') {
    return (fs::path(home) / ".cache" / "gocc").string();
  }
  return "";
}

auto GoccIdentity() -> std::string {
  struct stat st {};
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec || ::stat(exe.c_str(), &st) != 0) return "unknown";
  return exe.string() + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

auto TraceCache() -> bool {
  const char* debug = std::getenv("GOCCDEBUG");
  return debug != nullptr && std::string_view(debug).find("cache=1") != std::string_view::npos;
}

}  // namespace gocc::driver
