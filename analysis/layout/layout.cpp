#include "analysis/layout/layout.h"

#include <algorithm>
#include <numeric>

#include "analysis/layout/sizeclass.h"
#include "typecheck/typestring.h"

namespace gocc::layout {
namespace {

using types::TypeKind;

auto RoundUp(int64_t x, int64_t align) -> int64_t { return (x + align - 1) / align * align; }

void FillFields(const types::Struct* s, std::span<const int> order, const types::Sizes& sizes,
                int64_t base, int depth, std::vector<FieldLayout>* out, int64_t* end) {
  int64_t offset = 0;
  for (int i : order) {
    const types::Var& v = s->fields[i];
    FieldLayout f;
    f.name = std::string(v.name);
    f.type = types::TypeString(v.type);
    f.align = sizes.AlignOf(v.type);
    f.size = sizes.SizeOf(v.type);
    f.ptrdata = PtrDataOf(v.type, sizes);
    f.embedded = v.embedded;
    f.index = i;
    offset = RoundUp(offset, f.align);
    f.offset = base + offset;
    offset += f.size;
    if (depth > 0) {
      if (const auto* inner = types::As<types::Struct>(types::Underlying(v.type))) {
        std::vector<int> inner_order(inner->fields.size());
        std::iota(inner_order.begin(), inner_order.end(), 0);
        int64_t unused = 0;
        FillFields(inner, inner_order, sizes, f.offset, depth - 1, &f.nested, &unused);
      }
    }
    out->push_back(std::move(f));
  }
  *end = offset;
}

auto Finish(StructLayout layout, int64_t end, int64_t cache_line) -> StructLayout {
  // gc: a non-empty struct ending in a zero-size field gets a byte so &s.last stays inside.
  if (!layout.fields.empty() && layout.fields.back().size == 0 && end > 0) ++end;
  layout.size = RoundUp(end, layout.align);
  int64_t prev_end = 0;
  for (const FieldLayout& f : layout.fields) {
    if (f.offset > prev_end) layout.holes.push_back({prev_end, f.offset - prev_end});
    prev_end = std::max(prev_end, f.offset + f.size);
    if (f.ptrdata > 0) layout.ptrdata = f.offset + f.ptrdata;
  }
  layout.tail_padding = layout.size - prev_end;
  layout.padding = layout.tail_padding;
  for (const Gap& g : layout.holes) layout.padding += g.size;
  SizeClass sc = SizeClassOf(layout.size);
  layout.size_class = sc.index;
  layout.alloc_bytes = sc.bytes;
  layout.cache_lines = cache_line > 0 ? (layout.size + cache_line - 1) / cache_line : 0;
  return layout;
}

}  // namespace

auto PtrDataOf(const types::Type* t, const types::Sizes& sizes) -> int64_t {
  int64_t word = sizes.arch().ptr_size;
  switch (t->kind) {
    case TypeKind::Named:
      return PtrDataOf(types::Underlying(t), sizes);
    case TypeKind::Basic: {
      auto kind = static_cast<const types::Basic*>(t)->basic;
      return kind == types::BasicKind::String || kind == types::BasicKind::UnsafePointer ? word
                                                                                        : 0;
    }
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
    case TypeKind::Slice:
      return word;
    case TypeKind::Interface:
      return 2 * word;
    case TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(t);
      if (a->len == 0) return 0;
      int64_t elem = PtrDataOf(a->elem, sizes);
      return elem == 0 ? 0 : (a->len - 1) * sizes.SizeOf(a->elem) + elem;
    }
    case TypeKind::Struct: {
      const auto* s = static_cast<const types::Struct*>(t);
      int64_t offset = 0, ptrdata = 0;
      for (const types::Var& f : s->fields) {
        offset = RoundUp(offset, sizes.AlignOf(f.type));
        if (int64_t p = PtrDataOf(f.type, sizes); p != 0) ptrdata = offset + p;
        offset += sizes.SizeOf(f.type);
      }
      return ptrdata;
    }
    case TypeKind::Tuple:
      return 0;
  }
  return 0;
}

auto LayoutOf(const types::Struct* s, const types::Sizes& sizes, int64_t cache_line,
              int nested_depth) -> StructLayout {
  std::vector<int> order(s->fields.size());
  std::iota(order.begin(), order.end(), 0);
  StructLayout layout;
  layout.align = sizes.AlignOf(s);
  int64_t end = 0;
  FillFields(s, order, sizes, 0, nested_depth, &layout.fields, &end);
  return Finish(std::move(layout), end, cache_line);
}

auto Reordered(const StructLayout& base, std::span<const int> order, int64_t cache_line)
    -> StructLayout {
  StructLayout layout;
  layout.align = base.align;
  layout.fields.reserve(order.size());
  int64_t offset = 0;
  for (int i : order) {
    FieldLayout f = base.fields[static_cast<size_t>(i)];
    f.nested.clear();
    offset = RoundUp(offset, f.align);
    f.offset = offset;
    offset += f.size;
    layout.fields.push_back(std::move(f));
  }
  return Finish(std::move(layout), offset, cache_line);
}

auto LayoutInOrder(const types::Struct* s, std::span<const int> order, const types::Sizes& sizes,
                   int64_t cache_line) -> StructLayout {
  return Reordered(LayoutOf(s, sizes, cache_line, 0), order, cache_line);
}

auto OptimalOrder(const StructLayout& declared) -> std::vector<int> {
  std::vector<int> order(declared.fields.size());
  std::iota(order.begin(), order.end(), 0);
  const auto& f = declared.fields;
  std::stable_sort(order.begin(), order.end(), [&f](int i, int j) {
    const FieldLayout& a = f[static_cast<size_t>(i)];
    const FieldLayout& b = f[static_cast<size_t>(j)];
    if ((a.size == 0) != (b.size == 0)) return a.size == 0;
    if (a.align != b.align) return a.align > b.align;
    if ((a.ptrdata == 0) != (b.ptrdata == 0)) return b.ptrdata == 0;
    if (a.ptrdata != 0) {
      int64_t trail_a = a.size - a.ptrdata, trail_b = b.size - b.ptrdata;
      if (trail_a != trail_b) return trail_a < trail_b;
    }
    return a.size > b.size;
  });
  return order;
}

auto FieldAlignmentMessage(const StructLayout& current, const StructLayout& optimal)
    -> std::string {
  if (current.size > optimal.size) {
    return "struct of size " + std::to_string(current.size) + " could be " +
           std::to_string(optimal.size);
  }
  if (current.ptrdata > optimal.ptrdata) {
    return "struct with " + std::to_string(current.ptrdata) + " pointer bytes could be " +
           std::to_string(optimal.ptrdata);
  }
  return "";
}

}  // namespace gocc::layout
