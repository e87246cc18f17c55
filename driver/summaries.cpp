#include "driver/summaries.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "driver/cache_dir.h"

namespace gocc::driver {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kHeader = "gocc escape summaries v1";

// Two independent 64-bit hashes of a byte stream: FNV-1a, and a multiply-rotate mix.
class Hasher {
 public:
  void Add(std::string_view bytes) {
    for (char c : bytes) {
      auto b = static_cast<uint8_t>(c);
      fnv_ = (fnv_ ^ b) * 0x100000001b3ull;
      mix_ = ((mix_ + b) * 0x9E3779B97F4A7C15ull);
      mix_ = (mix_ << 31) | (mix_ >> 33);
    }
    fnv_ = (fnv_ ^ bytes.size()) * 0x100000001b3ull;  // length-delimited: "ab"+"c" != "a"+"bc"
    mix_ += bytes.size() * 0xC2B2AE3D27D4EB4Full;
  }
  auto Hex() const -> std::string {
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(fnv_),
                  static_cast<unsigned long long>(mix_));
    return buf;
  }

 private:
  uint64_t fnv_ = 0xcbf29ce484222325ull;
  uint64_t mix_ = 0x243F6A8885A308D3ull;
};

auto EntryPath(const std::string& key) -> fs::path {
  return fs::path(CacheDirectory()) / "escape" / key.substr(0, 2) / (key + ".sum");
}

}  // namespace

auto SummaryKey(const LoadedProgram& program, const SourceMap& sources) -> std::string {
  if (program.packages.size() < 2 || CacheDirectory().empty()) return "";
  Hasher h;
  h.Add(kHeader);
  h.Add(GoccIdentity());
  for (const auto& pkg : program.packages) {
    if (pkg.path == "main") continue;
    h.Add(pkg.path);
    for (const ast::File* file : pkg.files) {
      const SourceFile* f = sources.FileOf(file->pos);
      if (f == nullptr) return "";
      h.Add(f->path());
      h.Add(f->text());
    }
  }
  return h.Hex();
}

auto ReadSummaries(const std::string& key, escape::SummaryTable* table) -> bool {
  std::ifstream in(EntryPath(key));
  std::string line;
  if (!in || !std::getline(in, line) || line != kHeader) return false;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string name, word;
    if (!(fields >> name)) return false;
    auto& params = (*table)[name];
    while (fields >> word) {
      if (word.size() != 16) return false;
      escape::ParamSummary p{};
      for (size_t i = 0; i < p.size(); ++i) p[i] = static_cast<uint8_t>(std::stoul(word.substr(2 * i, 2), nullptr, 16));
      params.push_back(p);
    }
  }
  return true;
}

void WriteSummaries(const std::string& key, const escape::SummaryTable& table) {
  fs::path entry = EntryPath(key);
  std::error_code ec;
  fs::create_directories(entry.parent_path(), ec);
  if (ec) return;
  fs::path temp = entry;
  temp += ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(temp);
    if (!out) return;
    out << kHeader << '\n';
    for (const auto& [name, params] : table) {
      out << name;
      for (const escape::ParamSummary& p : params) {
        char word[17];
        for (size_t i = 0; i < p.size(); ++i) std::snprintf(word + 2 * i, 3, "%02x", p[i]);
        out << ' ' << word;
      }
      out << '\n';
    }
    if (!out) {
      fs::remove(temp, ec);
      return;
    }
  }
  fs::rename(temp, entry, ec);
  if (ec) fs::remove(temp, ec);
}

}  // namespace gocc::driver
