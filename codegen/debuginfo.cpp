// -g: DWARF line tables. One compile unit for the module (named after the first file), one
// DIFile per source file, one DISubprogram per function at its declaration line, and a
// DILocation for every instruction from its IR value's position, so gdb can `break file.go:N`
// and backtraces show Go lines. Types are not described yet (line tables only).
#include <llvm/BinaryFormat/Dwarf.h>

#include <filesystem>

#include "codegen/lower.h"

namespace gocc::codegen {

DebugInfo::DebugInfo(llvm::Module& module, const SourceMap& sources)
    : module_(module), sources_(sources), builder_(module) {
  module.addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  module.addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
}

auto DebugInfo::FileFor(Pos pos) -> llvm::DIFile* {
  const SourceFile* file = pos.IsValid() ? sources_.FileOf(pos) : nullptr;
  std::string path = file != nullptr ? file->path() : "<unknown>";
  auto it = files_.find(path);
  if (it != files_.end()) return it->second;
  std::filesystem::path p(path);
  std::string dir = p.has_parent_path() ? p.parent_path().string() : std::filesystem::current_path().string();
  llvm::DIFile* f = builder_.createFile(p.filename().string(), dir);
  files_[path] = f;
  if (unit_ == nullptr) {
    // DW_LANG_Go: debuggers pick Go's expression syntax and name demangling.
    unit_ = builder_.createCompileUnit(llvm::dwarf::DW_LANG_Go, f, "gocc", false, "", 0);
  }
  return f;
}

void DebugInfo::BeginFunction(llvm::Function* fn, const ir::Function& irfn) {
  llvm::DIFile* file = FileFor(irfn.pos());
  unsigned line = 0;
  if (const SourceFile* sf = irfn.pos().IsValid() ? sources_.FileOf(irfn.pos()) : nullptr) {
    line = sf->LineColAt(sf->OffsetOf(irfn.pos())).line;
  }
  auto* type = builder_.createSubroutineType(builder_.getOrCreateTypeArray({}));
  current_ = builder_.createFunction(file, irfn.name(), fn->getName(), file, line, type, line,
                                     llvm::DINode::FlagPrototyped, llvm::DISubprogram::SPFlagDefinition);
  fn->setSubprogram(current_);
}

auto DebugInfo::Location(Pos pos) -> llvm::DebugLoc {
  if (current_ == nullptr) return {};
  unsigned line = current_->getLine();
  unsigned col = 0;
  if (const SourceFile* sf = pos.IsValid() ? sources_.FileOf(pos) : nullptr) {
    LineCol lc = sf->LineColAt(sf->OffsetOf(pos));
    line = lc.line;
    col = lc.col;
  }
  return llvm::DILocation::get(module_.getContext(), line, col, current_);
}

void DebugInfo::Finish() {
  if (unit_ == nullptr) FileFor(Pos{});
  builder_.finalize();
}

}  // namespace gocc::codegen
