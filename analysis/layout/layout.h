// The layout of one struct on one target: where every field sits, the padding between and after
// them, how many leading bytes can hold pointers (ptrdata, what the GC scans), which allocator
// size class a heap copy lands in and how many cache lines it spans. Sizes are gc's
// (typecheck/sizes.h); nothing here has its own idea of a type's size.
//
// Also the reordering fieldalignment suggests (see OptimalOrder), done with gc's sizes.
#pragma once

#include <cstdint>
#include <span>
#include <array>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "typecheck/sizes.h"
#include "typecheck/types.h"

namespace gocc::layout {

struct FieldLayout {
  std::string_view name;  // the checked field's (it lives as long as the checked package)
  const types::Type* type_ptr = nullptr;
  int64_t offset = 0;
  int64_t size = 0;
  int64_t align = 0;
  int64_t ptrdata = 0;  // pointer bytes from the field's start
  bool embedded = false;
  int index = 0;  // in the declared order
  // A struct-typed field's own fields, offsets relative to the outer struct.
  std::vector<FieldLayout> nested;

  // The field's type as gc writes it (computed on demand: only writers need it).
  auto type() const -> std::string;
};

// Padding: `size` bytes at `offset`.
struct Gap {
  int64_t offset = 0;
  int64_t size = 0;
};

struct StructLayout {
  int64_t size = 0;
  int64_t align = 1;
  int64_t ptrdata = 0;
  std::vector<FieldLayout> fields;
  std::vector<Gap> holes;    // between fields, each after the field before it
  int64_t tail_padding = 0;  // after the last field (includes gc's byte after a zero-size tail)
  int64_t padding = 0;       // holes + tail
  int size_class = 0;
  int64_t alloc_bytes = 0;
  int64_t cache_lines = 0;   // lines a cache-line-aligned value spans
};

// The number of leading bytes of a value of type t that may hold pointers (gc's PtrDataSize).
auto PtrDataOf(const types::Type* t, const types::Sizes& sizes) -> int64_t;

// Lays out structs on one architecture, as gc does. Sizes, alignments and pointer bytes of
// named, struct and array types are remembered, so a package of thousands of structs that embed
// each other is laid out in time linear in its fields (types::Sizes recomputes nested structs on
// every call). The struct rule is gc's, as in typecheck/sizes.cpp; tests/layout checks both
// against gc.
class Layouter {
 public:
  explicit Layouter(const types::Arch& arch);

  // `nested_depth` limits how deep struct-typed fields are expanded into FieldLayout::nested.
  auto Of(const types::Struct* s, int64_t cache_line = 64, int nested_depth = 2) -> StructLayout;
  // The same into *out, reusing its vectors' memory (a report of thousands of structs lays them
  // out one after another into the same StructLayout).
  void Of(const types::Struct* s, int64_t cache_line, int nested_depth, StructLayout* out);

  struct Metrics {
    int64_t size = 0;
    int64_t align = 1;
    int64_t ptrdata = 0;
  };
  auto MetricsOf(const types::Type* t) -> Metrics;

 private:
  void FillFields(const types::Struct* s, int64_t base, int depth, std::vector<FieldLayout>* out,
                  int64_t* end);

  // The remembered metrics of named and struct types: open addressing on the pointer, linear
  // probing, at most half full (std::unordered_map's lookups cost more than the layouts).
  auto Slot(const types::Type* t) -> std::pair<const types::Type*, Metrics>&;

  types::Sizes sizes_;
  std::array<Metrics, static_cast<size_t>(types::BasicKind::UntypedNil) + 1> basic_{};
  Metrics word_;  // pointers, maps, channels, functions
  std::vector<std::pair<const types::Type*, Metrics>> cache_;
  size_t cached_ = 0;
};

// Layouter(sizes.arch()).Of(s, ...), for one-off use.
auto LayoutOf(const types::Struct* s, const types::Sizes& sizes, int64_t cache_line = 64,
              int nested_depth = 2) -> StructLayout;

// The layout of `base`'s fields (in declared order) placed in `order` (indices into them);
// nested fields are left out.
auto Reordered(const StructLayout& base, std::span<const int> order, int64_t cache_line = 64)
    -> StructLayout;
void Reordered(const StructLayout& base, std::span<const int> order, int64_t cache_line,
               StructLayout* out);

// Lays out s's fields in `order` (indices into s->fields).
auto LayoutInOrder(const types::Struct* s, std::span<const int> order, const types::Sizes& sizes,
                   int64_t cache_line = 64) -> StructLayout;

// fieldalignment's optimal order, made stable (ties keep the declared order): zero-size fields
// first, then alignment descending, then fields with pointers before those without, then (among
// fields with pointers) fewer trailing non-pointer bytes (size - ptrdata), then size descending.
// `declared` is the struct's layout in declared order.
auto OptimalOrder(const StructLayout& declared) -> std::vector<int>;
void OptimalOrder(const StructLayout& declared, std::vector<int>* out);

// fieldalignment's finding for s with gc's sizes: "struct of size N could be M" when the optimal
// order is smaller, else "struct with N pointer bytes could be M" when it scans fewer bytes,
// else empty (fieldalignment reports at most one of the two per struct).
auto FieldAlignmentMessage(const StructLayout& current, const StructLayout& optimal)
    -> std::string;

}  // namespace gocc::layout
