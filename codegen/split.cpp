// SplitLibrary and ModuleHash (split.h has the design).
//
// The algorithm: every exported definition has an owner by name (package main's "main.*" and
// the entry points go to the program part, the rest to the library part); each part is the
// closure of its owned definitions over references to local (private/internal) and linkonce
// definitions, so shared constants and code are copied where they are used. The program part is
// a copy (llvm::CloneModule keeping just its definitions, the others declarations); the library
// part, most of the module, is the module itself with the other definitions dropped. In both,
// declarations nobody uses are then erased so that a part names nothing of the other's it does
// not call (the library part must not depend on the user's program).
#include "codegen/split.h"

#include <llvm/ADT/StringExtras.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/BLAKE3.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>
#include <llvm/Transforms/Utils/ValueMapper.h>

#include <algorithm>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace gocc::codegen {
namespace {

constexpr const char* kRootsTable = "gocc.gcroots";  // gcroots.cpp
constexpr const char* kRootsSection = "gocc_gcroots";
// Library functions up to this many (unoptimised) instructions are imported for inlining.
constexpr size_t kImportLimit = 120;

auto IsProgramSymbol(const llvm::GlobalValue& gv) -> bool {
  llvm::StringRef name = gv.getName();
  return name.starts_with("main.") || name == "gocc_main_init" || name == "gocc_main_main";
}

// Definitions copied into every part that reaches them rather than owned by one.
auto IsShared(const llvm::GlobalValue& gv) -> bool {
  return gv.hasLocalLinkage() || gv.hasLinkOnceLinkage() || gv.hasWeakLinkage();
}

// Calls f on every global value that v refers to, directly or through constant expressions
// and aggregates.
void ForEachRef(const llvm::Value* v, const std::function<void(const llvm::GlobalValue*)>& f) {
  std::vector<const llvm::Constant*> stack;
  std::unordered_set<const llvm::Constant*> seen;
  auto push = [&](const llvm::Value* x) {
    const auto* c = llvm::dyn_cast_or_null<llvm::Constant>(x);
    if (c == nullptr) return;
    if (const auto* g = llvm::dyn_cast<llvm::GlobalValue>(c)) {
      f(g);
      return;
    }
    if (c->getNumOperands() != 0 && seen.insert(c).second) stack.push_back(c);
  };
  if (const auto* fn = llvm::dyn_cast<llvm::Function>(v)) {
    for (const auto& bb : *fn) {
      for (const auto& inst : bb) {
        for (const auto& op : inst.operands()) push(op.get());
      }
    }
  } else if (const auto* var = llvm::dyn_cast<llvm::GlobalVariable>(v)) {
    if (var->hasInitializer()) push(var->getInitializer());
  } else {
    push(v);
  }
  while (!stack.empty()) {
    const llvm::Constant* c = stack.back();
    stack.pop_back();
    for (const auto& op : c->operands()) push(op.get());
  }
}

using DefSet = std::unordered_set<const llvm::GlobalValue*>;

// roots plus every shared definition they reach.
auto Closure(const std::vector<const llvm::GlobalValue*>& roots, const llvm::GlobalValue* skip) -> DefSet {
  DefSet in(roots.begin(), roots.end());
  std::vector<const llvm::GlobalValue*> work(roots.begin(), roots.end());
  while (!work.empty()) {
    const llvm::GlobalValue* g = work.back();
    work.pop_back();
    ForEachRef(g, [&](const llvm::GlobalValue* r) {
      if (r != skip && !r->isDeclaration() && IsShared(*r) && in.insert(r).second) work.push_back(r);
    });
  }
  return in;
}

auto InstructionCount(const llvm::Function& f) -> size_t {
  size_t n = 0;
  for (const auto& bb : f) n += bb.size();
  return n;
}

// The root table of a part, from entries (constants of m), under llvm.used; the whole module's
// table (named kRootsTable, which must be gone) is replaced.
void AddRootTable(llvm::Module& m, const std::vector<llvm::Constant*>& entries) {
  if (entries.empty()) return;
  auto* array_type = llvm::ArrayType::get(entries[0]->getType(), entries.size());
  auto* table = new llvm::GlobalVariable(m, array_type, false, llvm::GlobalValue::InternalLinkage,
                                         llvm::ConstantArray::get(array_type, entries), kRootsTable);
  table->setSection(kRootsSection);
  table->setAlignment(llvm::Align(8));
  llvm::appendToUsed(m, {table});
}

// Erases the declarations a part does not use (the other part's symbols) and puts each
// linkonce definition in a comdat: one copy in the executable, the others discarded with their
// group.
void PruneDeclarations(llvm::Module& m) {
  for (auto it = m.begin(); it != m.end();) {
    llvm::Function& f = *it++;
    if (!f.isDeclaration()) continue;
    f.removeDeadConstantUsers();
    if (f.use_empty()) f.eraseFromParent();
  }
  for (auto it = m.global_begin(); it != m.global_end();) {
    llvm::GlobalVariable& g = *it++;
    if (!g.isDeclaration()) continue;
    g.removeDeadConstantUsers();
    if (g.use_empty()) g.eraseFromParent();
  }
  for (llvm::GlobalObject& go : m.global_objects()) {
    if (go.hasLinkOnceLinkage() && !go.hasComdat()) go.setComdat(m.getOrInsertComdat(go.getName()));
  }
}

// A copy of the part of `whole` made of the definitions in defs (every other global a
// declaration, unused ones erased) with a root table of the given entries.
auto ClonePart(const llvm::Module& whole, const DefSet& defs, const std::vector<llvm::Constant*>& roots)
    -> std::unique_ptr<llvm::Module> {
  llvm::ValueToValueMapTy vmap;
  auto m = llvm::CloneModule(whole, vmap, [&](const llvm::GlobalValue* gv) { return defs.count(gv) != 0; });
  // llvm.used (it lists only the root table) and the root table are rebuilt.
  if (auto* used = m->getNamedGlobal("llvm.used")) used->eraseFromParent();
  if (auto* table = m->getNamedGlobal(kRootsTable)) {
    if (table->use_empty()) table->eraseFromParent();
  }
  std::vector<llvm::Constant*> entries;
  for (llvm::Constant* e : roots) entries.push_back(llvm::MapValue(e, vmap));
  AddRootTable(*m, entries);
  PruneDeclarations(*m);
  return m;
}

// The same part made of `whole` itself, for the part that holds most of it (the library's):
// the other definitions are dropped rather than every kept one copied.
void ReduceToPart(llvm::Module& whole, const DefSet& defs, const std::vector<llvm::Constant*>& roots) {
  // llvm.used (it lists only the root table) and the root table are replaced; the old table
  // keeps the entries' constants alive until the new one holds them.
  llvm::GlobalVariable* old_table = whole.getNamedGlobal(kRootsTable);
  if (old_table != nullptr) old_table->setName("");
  if (auto* used = whole.getNamedGlobal("llvm.used")) used->eraseFromParent();
  for (llvm::Function& f : whole) {
    if (f.isDeclaration() || defs.count(&f) != 0) continue;
    f.deleteBody();
    f.setComdat(nullptr);
  }
  for (llvm::GlobalVariable& g : whole.globals()) {
    if (&g == old_table || g.isDeclaration() || g.hasAppendingLinkage() || defs.count(&g) != 0) continue;
    g.setInitializer(nullptr);
    g.setLinkage(llvm::GlobalValue::ExternalLinkage);
    g.setComdat(nullptr);
  }
  AddRootTable(whole, roots);
  if (old_table != nullptr) old_table->eraseFromParent();
  PruneDeclarations(whole);
}

// Strips a uniquing suffix (".12") or counter ("defer12") from a local symbol's name.
auto BaseName(llvm::StringRef name) -> std::string {
  name = name.rtrim("0123456789");
  if (name.ends_with(".")) name = name.drop_back();
  return name.str();
}

// Renames local symbols and orders every global in a walk from the exported definitions sorted
// by name, so the module does not depend on the order in which EmitModule created its globals
// (which depends on the user's code).
void Canonicalize(llvm::Module& m) {
  std::vector<llvm::GlobalValue*> exported;
  for (llvm::GlobalValue& gv : m.global_values()) {
    if (!gv.isDeclaration() && !gv.hasLocalLinkage() && !gv.hasAppendingLinkage()) exported.push_back(&gv);
  }
  std::sort(exported.begin(), exported.end(),
            [](const llvm::GlobalValue* a, const llvm::GlobalValue* b) { return a->getName() < b->getName(); });
  std::vector<llvm::GlobalValue*> order;
  std::unordered_set<llvm::GlobalValue*> seen;
  std::function<void(llvm::GlobalValue*)> visit = [&](llvm::GlobalValue* g) {
    if (!seen.insert(g).second) return;
    order.push_back(g);
    std::vector<llvm::GlobalValue*> refs;
    ForEachRef(g, [&](const llvm::GlobalValue* r) { refs.push_back(const_cast<llvm::GlobalValue*>(r)); });
    for (llvm::GlobalValue* r : refs) visit(r);
  };
  for (llvm::GlobalValue* g : exported) visit(g);
  // The root table reaches the descriptors of variables no function names.
  if (llvm::GlobalVariable* table = m.getNamedGlobal(kRootsTable)) visit(table);
  std::vector<std::pair<llvm::GlobalValue*, std::string>> locals;
  for (llvm::GlobalValue* g : order) {
    if (g->hasLocalLinkage()) locals.emplace_back(g, BaseName(g->getName()));
  }
  // Numbered here, in walk order, not by LLVM's uniquing: its suffix counters keep counting
  // from every name the module ever had.
  for (auto& [g, base] : locals) g->setName("");
  std::unordered_map<std::string, int> next;
  for (auto& [g, base] : locals) {
    std::string stem = base.empty() ? "l" : base;
    int& n = next[stem];
    std::string name = n == 0 ? stem : stem + "." + std::to_string(n);
    while (m.getNamedValue(name) != nullptr) name = stem + "." + std::to_string(++n);
    ++n;
    g->setName(name);
  }
  for (llvm::GlobalValue* g : order) {
    if (auto* f = llvm::dyn_cast<llvm::Function>(g)) {
      f->removeFromParent();
      m.getFunctionList().push_back(f);
    } else if (auto* v = llvm::dyn_cast<llvm::GlobalVariable>(g)) {
      m.removeGlobalVariable(v);
      m.insertGlobalVariable(v);
    }
  }
}

}  // namespace

auto SplitLibrary(std::unique_ptr<llvm::Module> module, bool import_for_inlining) -> SplitModules {
  llvm::Module& whole = *module;
  const llvm::GlobalVariable* table = whole.getNamedGlobal(kRootsTable);
  std::vector<const llvm::GlobalValue*> program_roots, library_roots;
  for (const llvm::GlobalValue& gv : whole.global_values()) {
    if (gv.isDeclaration() || IsShared(gv) || gv.hasAppendingLinkage()) continue;
    (IsProgramSymbol(gv) ? program_roots : library_roots).push_back(&gv);
  }
  // Root table entries {variable, descriptor}, by the variable's owner; the descriptors are
  // reached from the part's table.
  std::vector<llvm::Constant*> program_entries, library_entries;
  if (table != nullptr && table->hasInitializer()) {
    const llvm::Constant* init = table->getInitializer();
    for (unsigned i = 0; i < init->getNumOperands(); ++i) {
      auto* entry = llvm::cast<llvm::Constant>(init->getOperand(i));
      const auto* var = llvm::dyn_cast<llvm::GlobalValue>(entry->getOperand(0)->stripPointerCasts());
      bool program = var != nullptr && IsProgramSymbol(*var);
      (program ? program_entries : library_entries).push_back(entry);
      auto& roots = program ? program_roots : library_roots;
      if (const auto* d = llvm::dyn_cast<llvm::GlobalValue>(entry->getOperand(1))) {
        roots.push_back(d);
      } else {
        ForEachRef(entry->getOperand(1), [&](const llvm::GlobalValue* r) { roots.push_back(r); });
      }
    }
  }
  std::sort(library_entries.begin(), library_entries.end(), [](llvm::Constant* a, llvm::Constant* b) {
    return a->getOperand(0)->getName() < b->getOperand(0)->getName();
  });
  DefSet library_defs = Closure(library_roots, table);
  DefSet program_defs = Closure(program_roots, table);

  std::vector<const llvm::Function*> imports;
  if (import_for_inlining) {
    std::unordered_set<const llvm::Function*> considered;
    for (const llvm::GlobalValue* g : program_defs) {
      const auto* f = llvm::dyn_cast<llvm::Function>(g);
      if (f == nullptr) continue;
      for (const auto& bb : *f) {
        for (const auto& inst : bb) {
          const auto* call = llvm::dyn_cast<llvm::CallInst>(&inst);
          const llvm::Function* callee = call != nullptr ? call->getCalledFunction() : nullptr;
          if (callee == nullptr || !considered.insert(callee).second) continue;
          if (callee->isDeclaration() || IsShared(*callee) || IsProgramSymbol(*callee)) continue;
          if (callee->hasFnAttribute(llvm::Attribute::NoInline) ||
              callee->hasFnAttribute(llvm::Attribute::OptimizeNone) ||
              InstructionCount(*callee) > kImportLimit) {
            continue;
          }
          imports.push_back(callee);
        }
      }
    }
    if (!imports.empty()) {
      std::vector<const llvm::GlobalValue*> roots(program_defs.begin(), program_defs.end());
      roots.insert(roots.end(), imports.begin(), imports.end());
      program_defs = Closure(roots, table);
    }
  }

  SplitModules parts;
  parts.program = ClonePart(whole, program_defs, program_entries);
  for (const llvm::Function* f : imports) {
    if (llvm::Function* copy = parts.program->getFunction(f->getName())) {
      copy->setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);
    }
  }
  bool has_library = std::any_of(library_defs.begin(), library_defs.end(),
                                 [](const llvm::GlobalValue* g) { return !IsShared(*g); });
  if (has_library) {
    ReduceToPart(whole, library_defs, library_entries);
    parts.library = std::move(module);
    parts.library->setModuleIdentifier("gocc-library");
    parts.library->setSourceFileName("gocc-library");
    Canonicalize(*parts.library);
  }
  return parts;
}

auto ModuleHash(const llvm::Module& module) -> std::string {
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream out(buffer);
  llvm::WriteBitcodeToFile(module, out);
  auto digest = llvm::BLAKE3::hash<32>(
      llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(buffer.data()), buffer.size()));
  return llvm::toHex(digest, /*LowerCase=*/true);
}

}  // namespace gocc::codegen
