#include "driver/frontend.h"

#include <algorithm>
#include <filesystem>
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

auto ExpandInputs(const std::vector<std::string>& args, std::vector<std::string>* files) -> bool {
  namespace fs = std::filesystem;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_directory(arg, ec)) {
      std::vector<std::string> dir_files;
      for (const auto& entry : fs::directory_iterator(arg, ec)) {
        std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.ends_with(".go") && !name.ends_with("_test.go") &&
            !name.starts_with(".") && !name.starts_with("_")) {
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

}  // namespace gocc::driver
