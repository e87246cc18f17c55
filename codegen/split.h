// Splitting the program's module into the user's part and the standard library's part, so the
// driver can cache the library's object file (docs/performance.md, "The stdlib object cache").
//
// EmitModule lowers the whole program (main and the standard library functions it reaches) into
// one module; SplitLibrary makes two of it (the program's a copy, the library's the module
// itself with the program's definitions dropped):
//   program: every definition of package main (names "main.*") and the entry points;
//   library: every other function and package variable (the standard library's).
// A definition that is not exported by name — type descriptors and itabs (linkonce_odr, shared
// by name between the objects, in comdats so the linker keeps one copy and the addresses the
// runtime compares are unique), strings, static closures, method wrappers and defer thunks
// (private/internal constants and code) — is copied into each part whose definitions reach it,
// so every reference resolves inside the object or to an external symbol. The garbage
// collector's root table (gcroots.cpp) is split by owner of each variable; the linker
// concatenates the tables of both objects again (section gocc_gcroots).
//
// With import_for_inlining (at -O1 and above), small library functions called directly from
// the program part are also copied into it as available_externally, so LLVM can still inline
// them into the user's code (as ThinLTO imports functions); their code stays in the library
// object.
//
// The library part is canonical: its local symbols are renamed and its definitions ordered by
// a walk from its exported definitions sorted by name, so that two programs reaching the same
// library code produce the same library module, byte for byte in bitcode: LibraryKey hashes
// it, and equal keys mean an equal object file.
#pragma once

#include <memory>
#include <string>

namespace llvm {
class Module;
}  // namespace llvm

namespace gocc::codegen {

struct SplitModules {
  std::unique_ptr<llvm::Module> program;
  std::unique_ptr<llvm::Module> library;  // null when the module defines no library code
};

// `whole` must come straight from EmitModule (not optimised) and be built without -g; it becomes
// the library part.
auto SplitLibrary(std::unique_ptr<llvm::Module> whole, bool import_for_inlining) -> SplitModules;

// A hex BLAKE3 hash of the module's bitcode.
auto ModuleHash(const llvm::Module& module) -> std::string;

}  // namespace gocc::codegen
