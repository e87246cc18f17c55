// Finding the structs a layout report is about, and the facts about their uses that decide
// whether a reordering is safe.
//
// Every `struct{...}` of the given files is found (fieldalignment looks at each StructType node,
// named or not, at any depth) and paired with the types::Struct the checker made for it. The
// checker does not record types of type expressions, so the pairing walks a declaration's syntax
// and its checked type side by side: `type T struct{ in struct{...} }` gives T's Struct from the
// TypeSpec's object, and T's field `in` gives the inner one. Sources of pairs: type declarations
// (package level and local), typed var declarations, named parameters and composite literals.
//
// Recording types::Info costs a `gocc check` about as much again, so it is only asked for when
// the package needs it (NeedsInfo): when a struct type is written inside a function body, or
// sync/atomic is imported (the atomic-alignment checks follow selections). Otherwise package-level
// types are resolved by name with the checker's ResolveType, and composite literals by their
// written type name (or the element type of the literal around an elided one).
#pragma once

#include <functional>
#include <set>
#include <span>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ast/ast.h"
#include "support/source.h"
#include "typecheck/info.h"
#include "typecheck/types.h"

namespace gocc::layout {

struct FoundStruct {
  std::string name;  // T, T.field, F.T (local), or "struct literal"
  const ast::StructType* node = nullptr;
  const types::Struct* type = nullptr;
  const SourceFile* file = nullptr;
  bool ignored = false;  // `//gocc:layout ignore` above or on the struct's line
};

struct PackageFacts {
  std::vector<FoundStruct> structs;  // in source order
  // (struct, field index) of fields passed by address to sync/atomic's 64-bit functions.
  std::set<std::pair<const types::Struct*, int>> atomic_fields;
  // Structs built by a positional composite literal (T{1, 2}): reordering would break them.
  std::unordered_set<const types::Struct*> positional_literals;
  int unmatched = 0;      // struct types whose checked type was not found
  int skipped_files = 0;  // generated files left out
};

// The `// Code generated ... DO NOT EDIT.` line (go.dev/s/generatedcode) before the package clause.
auto IsGenerated(std::string_view text) -> bool;

// The type a type expression denotes at package level (types::Checker::ResolveType).
using TypeResolver = std::function<const types::Type*(const ast::Expr*)>;

// Whether Collect needs the checker's Info for these files (see above).
auto NeedsInfo(std::span<ast::File* const> files, const SourceMap& sources) -> bool;

struct CollectOptions {
  bool include_generated = false;  // files with the `// Code generated` line
  // Look for positional literals (PackageFacts::positional_literals) in function bodies too; only
  // --fix asks about them. Without Info, bodies hold nothing else Collect needs (a struct type or
  // sync/atomic call in a body is what makes NeedsInfo true), so they are not walked at all.
  bool literals_in_bodies = true;
};

// `info` may be nullptr when !NeedsInfo(files); `resolve` is used then.
auto Collect(std::span<ast::File* const> files, const types::Info* info,
             const TypeResolver& resolve, const SourceMap& sources, const CollectOptions& options)
    -> PackageFacts;

}  // namespace gocc::layout
