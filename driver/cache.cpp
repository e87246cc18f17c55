// EmitObjects and the standard library object cache (cache.h has the design).
#include "driver/cache.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/BLAKE3.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string_view>
#include <system_error>

#include "codegen/split.h"
#include "driver/cache_dir.h"
#include "support/heap.h"

namespace gocc::driver {
namespace {

namespace fs = std::filesystem;

struct CacheConfig {
  std::string dir;  // empty: no cache
  bool trace = false;
};

auto Config() -> CacheConfig {
  CacheConfig config;
  config.trace = TraceCache();
  config.dir = CacheDirectory();
  return config;
}

auto CacheKey(const llvm::Module& library, const codegen::CodegenOptions& options) -> std::string {
  codegen::TargetCpu cpu = codegen::ResolveCpu(options.march);
  std::string text = "gocc stdlib object v2\n" + GoccIdentity() + "\nO" + std::to_string(options.opt_level) + "\n" +
                     library.getTargetTriple() + "\n" + cpu.name + "\n" + cpu.features + "\n" +
                     codegen::ModuleHash(library) + "\n";
  auto digest = llvm::BLAKE3::hash<32>(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
  return llvm::toHex(digest, /*LowerCase=*/true);
}

// Go's GOCACHE policy: entries not used for five days are removed, by a scan made at most
// once a day (the time of the last one is trim.txt's mtime).
void Trim(const CacheConfig& config) {
  constexpr auto kInterval = std::chrono::hours(24);
  constexpr auto kUnused = std::chrono::hours(24 * 5);
  std::error_code ec;
  fs::path stamp = fs::path(config.dir) / "trim.txt";
  auto now = fs::file_time_type::clock::now();
  if (fs::exists(stamp, ec) && now - fs::last_write_time(stamp, ec) < kInterval) return;
  { std::ofstream touch(stamp); }
  fs::last_write_time(stamp, now, ec);
  for (auto it = fs::recursive_directory_iterator(config.dir, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->path().extension() != ".o") continue;
    if (now - it->last_write_time(ec) > kUnused) fs::remove(it->path(), ec);
  }
}

auto Emit(llvm::Module& module, const codegen::CodegenOptions& options, const std::string& path,
          std::string* error) -> bool {
  codegen::Optimize(module, options);
  return codegen::EmitObject(module, options, path, error);
}

// The library's object: from the cache, or compiled into it. Returns the path to link.
auto LibraryObject(const CacheConfig& config, llvm::Module& library, const codegen::CodegenOptions& options,
                   std::string* path, std::string* error) -> bool {
  std::string key = CacheKey(library, options);
  fs::path dir = fs::path(config.dir) / key.substr(0, 2);
  fs::path entry = dir / (key + ".o");
  std::error_code ec;
  if (fs::exists(entry, ec)) {
    // Touched on use, so a trim can drop what has not been used for a while.
    ::utimensat(AT_FDCWD, entry.c_str(), nullptr, 0);
    if (config.trace) std::cerr << "gocc: stdlib cache hit " << key.substr(0, 16) << " " << entry.string() << '\n';
    *path = entry.string();
    return true;
  }
  fs::create_directories(dir, ec);
  std::string tmp = (dir / (key + ".o.tmp" + std::to_string(::getpid()))).string();
  if (!Emit(library, options, tmp, error)) {
    fs::remove(tmp, ec);
    return false;
  }
  fs::rename(tmp, entry, ec);
  if (ec) {
    *error = "cannot write the stdlib cache entry " + entry.string() + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  Trim(config);
  if (config.trace) std::cerr << "gocc: stdlib cache miss " << key.substr(0, 16) << " " << entry.string() << '\n';
  *path = entry.string();
  return true;
}

}  // namespace

auto EmitObjects(std::unique_ptr<llvm::Module> whole, const codegen::CodegenOptions& options, const std::string& object,
                 std::vector<std::string>* objects, std::string* error) -> bool {
  CacheConfig config = Config();
  if (!config.dir.empty()) {
    // An unwritable cache directory (a read-only home) means building without the cache.
    std::error_code ec;
    fs::create_directories(config.dir, ec);
    if (ec || ::access(config.dir.c_str(), W_OK) != 0) config.dir.clear();
  }
  if (config.dir.empty() || options.debug_info) {
    if (config.trace) std::cerr << "gocc: stdlib cache off\n";
    // Freed by the exit, as the compilation (CompileTo).
    if (!Emit(*KeepUntilExit(std::move(whole)), options, object, error)) return false;
    objects->push_back(object);
    return true;
  }
  codegen::SplitModules parts = codegen::SplitLibrary(std::move(whole), /*import_for_inlining=*/options.opt_level > 0);
  llvm::Module* program = KeepUntilExit(std::move(parts.program));
  llvm::Module* library = parts.library != nullptr ? KeepUntilExit(std::move(parts.library)) : nullptr;
  if (!Emit(*program, options, object, error)) return false;
  objects->push_back(object);
  if (library != nullptr) {
    std::string path;
    if (!LibraryObject(config, *library, options, &path, error)) return false;
    objects->push_back(path);
  }
  return true;
}

}  // namespace gocc::driver
