#include "driver/frontend.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "lexer/lexer.h"
#include "parser/parser.h"

namespace gocc::driver {

auto Frontend::Lex(const std::string& path) -> ParsedFile* {
  std::string error;
  const SourceFile* source = sources_.Load(path, &error);
  if (source == nullptr) {
    std::cerr << error << '\n';
    return nullptr;
  }
  files_.push_back(std::make_unique<ParsedFile>(
      ParsedFile{source, lex::Lex(*source, diags_), nullptr}));
  return files_.back().get();
}

auto Frontend::Parse(const std::string& path) -> ParsedFile* {
  ParsedFile* file = Lex(path);
  if (file != nullptr) file->tree = parse::Parse(file->tokens, arena_, diags_);
  return file;
}

namespace {

// Build constraints, as go/build applies them to the files of a directory: the target is
// linux/amd64 compiled by gocc, so the tags that hold are gocc, linux, unix, amd64 and the
// release tags go1.1 ... go1.19 (not gc, not cgo). A file is excluded by a GOOS/GOARCH file-name
// suffix (x_windows.go, x_arm64.go, x_linux_386.go) or by a //go:build line before the package
// clause whose expression is false. The bundled standard library relies on this: files with
// `//go:build gocc` declare runtime hooks, their `//go:build !gocc` twins serve the real Go
// toolchain (tests/stdlib/behave).
auto TagHolds(std::string_view tag) -> bool {
  if (tag == "gocc" || tag == "linux" || tag == "unix" || tag == "amd64") return true;
  if (tag.starts_with("go1.")) {
    std::string_view minor = tag.substr(4);
    if (minor.empty() || minor.size() > 2) return false;
    int n = 0;
    for (char c : minor) {
      if (c < '0' || c > '9') return false;
      n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= 19;
  }
  return false;
}

// Evaluates a //go:build expression (|| && ! parentheses, tags of letters, digits, _ and .).
// Returns false for a malformed expression, as the go command excludes such files.
struct ConstraintParser {
  std::string_view s;
  size_t i = 0;
  bool ok = true;

  void Skip() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
  }
  auto Or() -> bool {
    bool v = And();
    for (Skip(); ok && s.substr(i, 2) == "||"; Skip()) {
      i += 2;
      bool r = And();
      v = v || r;
    }
    return v;
  }
  auto And() -> bool {
    bool v = Not();
    for (Skip(); ok && s.substr(i, 2) == "&&"; Skip()) {
      i += 2;
      bool r = Not();
      v = v && r;
    }
    return v;
  }
  auto Not() -> bool {
    Skip();
    if (i < s.size() && s[i] == '!') {
      ++i;
      return !Not();
    }
    if (i < s.size() && s[i] == '(') {
      ++i;
      bool v = Or();
      Skip();
      if (i >= s.size() || s[i] != ')') ok = false;
      ++i;
      return v;
    }
    size_t start = i;
    while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_' ||
                            s[i] == '.')) {
      ++i;
    }
    if (start == i) {
      ok = false;
      return false;
    }
    return TagHolds(s.substr(start, i - start));
  }
};

auto FileNameMatches(std::string name) -> bool {
  static const char* const kGoos[] = {"aix", "android", "darwin", "dragonfly", "freebsd",
                                      "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
                                      "openbsd", "plan9", "solaris", "windows", "zos"};
  static const char* const kGoarch[] = {
      "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips",
      "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le",
      "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"};
  auto is_in = [](std::string_view w, const auto& list) {
    for (const char* x : list) {
      if (w == x) return true;
    }
    return false;
  };
  name = name.substr(0, name.size() - 3);  // ".go"
  if (name.ends_with("_test")) name = name.substr(0, name.size() - 5);
  std::vector<std::string_view> parts;
  std::string_view rest(name);
  for (size_t pos; (pos = rest.find('_')) != std::string_view::npos; rest = rest.substr(pos + 1)) {
    parts.push_back(rest.substr(0, pos));
  }
  parts.push_back(rest);
  if (parts.size() < 2) return true;  // no suffix (a leading part alone is the base name)
  std::string_view last = parts.back();
  std::string_view prev = parts.size() >= 3 ? parts[parts.size() - 2] : std::string_view();
  if (!prev.empty() && is_in(prev, kGoos) && is_in(last, kGoarch)) {
    return prev == "linux" && last == "amd64";
  }
  if (is_in(last, kGoos)) return last == "linux";
  if (is_in(last, kGoarch)) return last == "amd64";
  return true;
}

// Reports whether the file at `path` belongs to the build (see TagHolds).
auto BuildConstraintsHold(const std::string& path) -> bool {
  if (!FileNameMatches(std::filesystem::path(path).filename().string())) return false;
  std::ifstream in(path);
  std::string line;
  bool in_block_comment = false;
  while (std::getline(in, line)) {
    std::string_view l(line);
    while (!l.empty() && (l.front() == ' ' || l.front() == '\t')) l.remove_prefix(1);
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ' || l.back() == '\t')) l.remove_suffix(1);
    if (in_block_comment) {
      if (l.find("*/") != std::string_view::npos) in_block_comment = false;
      continue;
    }
    if (l.empty()) continue;
    if (l.starts_with("//go:build ") || l == "//go:build") {
      ConstraintParser p{l.substr(10)};
      bool v = p.Or();
      p.Skip();
      return p.ok && p.i >= p.s.size() && v;
    }
    if (l.starts_with("//")) continue;
    if (l.starts_with("/*")) {
      in_block_comment = l.find("*/", 2) == std::string_view::npos;
      continue;
    }
    break;  // the package clause (or anything else) ends the header
  }
  return true;
}

}  // namespace

auto ExpandInputs(const std::vector<std::string>& args, std::vector<std::string>* files) -> bool {
  namespace fs = std::filesystem;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> dir_files;
      for (const auto& entry : fs::directory_iterator(arg, ec)) {
        std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.ends_with(".go") && !name.ends_with("_test.go") &&
            !name.starts_with(".") && !name.starts_with("_") &&
            BuildConstraintsHold(entry.path().string())) {
          dir_files.push_back(entry.path().string());
        }
      }
      std::sort(dir_files.begin(), dir_files.end());
      if (dir_files.empty()) {
        std::cerr << "gocc: no Go files in " << arg << '\n';
        return false;
      }
      files->insert(files->end(), dir_files.begin(), dir_files.end());
    } else if (fs::exists(arg, ec)) {
      files->push_back(arg);
    } else {
      std::cerr << "gocc: open " << arg << ": no such file or directory\n";
      return false;
    }
  }
  return true;
}

auto StdlibDir() -> std::string {
  namespace fs = std::filesystem;
  if (const char* root = std::getenv("GOCCROOT"); root != nullptr && *root != '\0') {
    return (fs::path(root) / "stdlib").string();
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  for (fs::path dir = exe.parent_path(); !ec && dir.has_relative_path(); dir = dir.parent_path()) {
    if (fs::is_directory(dir / "stdlib" / "fmt")) return (dir / "stdlib").string();
    if (fs::is_directory(dir / "share" / "gocc" / "stdlib")) {
      return (dir / "share" / "gocc" / "stdlib").string();
    }
  }
  return "stdlib";
}

void UseBundledStdlib(types::Checker& checker, Frontend& fe, std::vector<LoadedPackage>* loaded) {
  checker.SetPackageLoader([&fe, loaded, stdlib = StdlibDir()](std::string_view path,
                                                                std::vector<ast::File*>* out,
                                                                std::string* error) {
    std::string dir = stdlib + "/" + std::string(path);
    if (!std::filesystem::is_directory(dir)) {
      *error = "package " + std::string(path) + " is not in the bundled standard library";
      return false;
    }
    std::vector<std::string> files;
    if (!ExpandInputs({dir}, &files)) return false;
    for (const std::string& f : files) {
      ParsedFile* parsed = fe.Parse(f);
      if (parsed == nullptr) return false;
      out->push_back(parsed->tree);
    }
    if (loaded != nullptr) loaded->emplace_back(std::string(path), *out);
    return true;
  });
}

}  // namespace gocc::driver
