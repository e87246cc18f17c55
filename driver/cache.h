// The standard library object cache (docs/performance.md, "The stdlib object cache").
//
// The bundled standard library is compiled from source with every program; most of a build's
// time is LLVM optimising and emitting its code. EmitObjects splits the program's module
// (codegen/split.h) into the user's part and the library's part and takes the library's object
// from a cache directory when an earlier build produced the same one:
//
//   $GOCCCACHE, else $XDG_CACHE_HOME/gocc, else $HOME/.cache/gocc (GOCCCACHE=off: no cache);
//   entry <dir>/<key[0:2]>/<key>.o, key = BLAKE3 of (gocc's binary: path, size and mtime;
//   opt level; target triple; the library module's canonical bitcode).
//
// The key covers everything the object depends on: the library's code after gocc's front end
// and escape analysis (so a changed stdlib source, a different set of functions the program
// reaches, or a gocc rebuild all make a new key), the LLVM pipeline (the opt level) and the
// target. Entries are written to a temporary file and renamed into place, so concurrent gocc
// processes never read a partial object; entries unused for five days are trimmed (at most
// one scan a day, as Go's GOCACHE). -g builds (debug info spans the whole program) and
// GOCCCACHE=off emit one object, as before. GOCCDEBUG=cache=1 traces hits and misses on stderr.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "codegen/codegen.h"

namespace llvm {
class Module;
}  // namespace llvm

namespace gocc::driver {

// Optimises `whole` (fresh from codegen::EmitModule) and writes the program's object to
// `object`; appends to *objects every object to link (`object`, and the cached library object
// when the cache is used). False with *error on failure. The modules are freed by the exit
// (support/heap.h, KeepUntilExit).
auto EmitObjects(std::unique_ptr<llvm::Module> whole, const codegen::CodegenOptions& options,
                 const std::string& object, std::vector<std::string>* objects, std::string* error) -> bool;

}  // namespace gocc::driver
