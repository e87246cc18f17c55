// The front-end part of the pipeline as the driver runs it: load files, lex, parse.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "lexer/token.h"
#include "support/arena.h"
#include "support/diagnostics.h"
#include "support/source.h"
#include "typecheck/check.h"

namespace gocc::driver {

struct ParsedFile {
  const SourceFile* source;
  lex::TokenBuffer tokens;
  ast::File* tree;
};

// One compilation's front-end state. Owns sources, nodes and diagnostics.
class Frontend {
 public:
  Frontend() : diags_(sources_) {}

  // Loads and lexes a file; reports unreadable files as diagnostics (returns nullptr).
  auto Lex(const std::string& path) -> ParsedFile*;
  // Lex + parse.
  auto Parse(const std::string& path) -> ParsedFile*;

  auto sources() -> SourceMap& { return sources_; }
  auto diags() -> Diagnostics& { return diags_; }
  auto arena() -> Arena& { return arena_; }

 private:
  SourceMap sources_;
  Diagnostics diags_;
  Arena arena_;
  std::vector<std::unique_ptr<ParsedFile>> files_;
};

// Expands the command line's FILES|DIR arguments: a directory stands for its .go files (sorted,
// without _test.go); `--list F` files were already read by the caller. Returns false and prints
// an error if an argument does not exist.
auto ExpandInputs(const std::vector<std::string>& args, std::vector<std::string>* files) -> bool;

// The bundled standard library: $GOCCROOT/stdlib, else the source tree's stdlib/ found from the
// executable (build/driver/gocc -> stdlib/), else <prefix>/share/gocc/stdlib.
auto StdlibDir() -> std::string;

// An imported package as loaded: its path and its parsed files.
using LoadedPackage = std::pair<std::string, std::vector<ast::File*>>;

// Makes `checker` load imports from the bundled standard library, parsed by `fe`; each package
// loaded is appended to `loaded` if it is given.
void UseBundledStdlib(types::Checker& checker, Frontend& fe,
                      std::vector<LoadedPackage>* loaded = nullptr);

}  // namespace gocc::driver
