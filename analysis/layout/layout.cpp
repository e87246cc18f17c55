#include "analysis/layout/layout.h"

#include <algorithm>
#include <charconv>
#include <numeric>

#include "analysis/layout/sizeclass.h"
#include "typecheck/typestring.h"

namespace gocc::layout {
namespace {

using types::TypeKind;

auto RoundUp(int64_t x, int64_t align) -> int64_t { return (x + align - 1) / align * align; }

// Sizes, holes, padding and the rest from the placed fields; `end` is where the last one ends.
void Finish(int64_t end, int64_t cache_line, StructLayout* layout) {
  // gc: a non-empty struct ending in a zero-size field gets a byte so &s.last stays inside.
  if (!layout->fields.empty() && layout->fields.back().size == 0 && end > 0) ++end;
  layout->size = RoundUp(end, layout->align);
  layout->ptrdata = 0;
  layout->holes.clear();
  int64_t prev_end = 0;
  for (const FieldLayout& f : layout->fields) {
    if (f.offset > prev_end) layout->holes.push_back({prev_end, f.offset - prev_end});
    prev_end = std::max(prev_end, f.offset + f.size);
    if (f.ptrdata > 0) layout->ptrdata = f.offset + f.ptrdata;
  }
  layout->tail_padding = layout->size - prev_end;
  layout->padding = layout->tail_padding;
  for (const Gap& g : layout->holes) layout->padding += g.size;
  SizeClass sc = SizeClassOf(layout->size);
  layout->size_class = sc.index;
  layout->alloc_bytes = sc.bytes;
  layout->cache_lines = cache_line > 0 ? (layout->size + cache_line - 1) / cache_line : 0;
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

Layouter::Layouter(const types::Arch& arch) : sizes_(arch), cache_(1024) {
  for (size_t k = 0; k < basic_.size(); ++k) {
    types::Basic basic;
    basic.kind = TypeKind::Basic;
    basic.basic = static_cast<types::BasicKind>(k);
    basic_[k] = {sizes_.SizeOf(&basic), sizes_.AlignOf(&basic), PtrDataOf(&basic, sizes_)};
  }
  word_ = {arch.ptr_size, arch.ptr_size, arch.ptr_size};
}

auto Layouter::Slot(const types::Type* t) -> std::pair<const types::Type*, Metrics>& {
  size_t mask = cache_.size() - 1;
  size_t i = (reinterpret_cast<uintptr_t>(t) >> 4) * 0x9E3779B97F4A7C15ull >> 20 & mask;
  while (cache_[i].first != nullptr && cache_[i].first != t) i = (i + 1) & mask;
  return cache_[i];
}

auto Layouter::MetricsOf(const types::Type* t) -> Metrics {
  switch (t->kind) {
    case TypeKind::Basic:
      return basic_[static_cast<size_t>(static_cast<const types::Basic*>(t)->basic)];
    case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
      return word_;
    case TypeKind::Slice:
      return {3 * word_.size, word_.align, word_.ptrdata};
    case TypeKind::Interface:
      return {2 * word_.size, word_.align, 2 * word_.ptrdata};
    case TypeKind::Named: case TypeKind::Struct:
      break;  // remembered: they are shared and may be deep
    case TypeKind::Array: {
      // Array types are made anew at each use: computing beats hashing.
      const auto* a = static_cast<const types::Array*>(t);
      Metrics e = MetricsOf(a->elem);
      return {a->len * e.size, e.align,
              a->len == 0 || e.ptrdata == 0 ? 0 : (a->len - 1) * e.size + e.ptrdata};
    }
    default:
      return {sizes_.SizeOf(t), sizes_.AlignOf(t), PtrDataOf(t, sizes_)};
  }
  if (auto& slot = Slot(t); slot.first != nullptr) return slot.second;
  Metrics m;
  if (t->kind == TypeKind::Named) {
    m = MetricsOf(types::Underlying(t));
  } else {
    // gc's struct rule (typecheck/sizes.h): fields at their alignment, one byte after a
    // zero-size last field of a non-empty struct, size rounded up to the alignment.
    const auto* st = static_cast<const types::Struct*>(t);
    int64_t offset = 0;
    Metrics last;
    for (const types::Var& f : st->fields) {
      last = MetricsOf(f.type);
      offset = RoundUp(offset, last.align);
      if (last.ptrdata != 0) m.ptrdata = offset + last.ptrdata;
      offset += last.size;
      m.align = std::max(m.align, last.align);
    }
    if (!st->fields.empty() && last.size == 0 && offset > 0) ++offset;
    m.size = RoundUp(offset, m.align);
  }
  // The recursion above may have grown the table: find the slot again.
  if (2 * (cached_ + 1) > cache_.size()) {
    std::vector<std::pair<const types::Type*, Metrics>> old(2 * cache_.size());
    old.swap(cache_);
    for (const auto& entry : old) {
      if (entry.first != nullptr) Slot(entry.first) = entry;
    }
  }
  Slot(t) = {t, m};
  ++cached_;
  return m;
}

void Layouter::FillFields(const types::Struct* s, int64_t base, int depth,
                          std::vector<FieldLayout>* out, int64_t* end) {
  int64_t offset = 0;
  out->clear();
  out->reserve(s->fields.size());
  for (size_t i = 0; i < s->fields.size(); ++i) {
    const types::Var& v = s->fields[i];
    Metrics m = MetricsOf(v.type);
    FieldLayout& f = out->emplace_back();
    f.name = v.name;
    f.type_ptr = v.type;
    f.align = m.align;
    f.size = m.size;
    f.ptrdata = m.ptrdata;
    f.embedded = v.embedded;
    f.index = static_cast<int>(i);
    offset = RoundUp(offset, f.align);
    f.offset = base + offset;
    offset += f.size;
    if (depth > 0) {
      if (const auto* inner = types::As<types::Struct>(types::Underlying(v.type))) {
        int64_t unused = 0;
        FillFields(inner, f.offset, depth - 1, &f.nested, &unused);
      }
    }
  }
  *end = offset;
}

void Layouter::Of(const types::Struct* s, int64_t cache_line, int nested_depth,
                  StructLayout* out) {
  int64_t end = 0;
  FillFields(s, 0, nested_depth, &out->fields, &end);
  out->align = 1;
  for (const FieldLayout& f : out->fields) out->align = std::max(out->align, f.align);
  Finish(end, cache_line, out);
}

auto Layouter::Of(const types::Struct* s, int64_t cache_line, int nested_depth) -> StructLayout {
  StructLayout layout;
  Of(s, cache_line, nested_depth, &layout);
  return layout;
}

auto LayoutOf(const types::Struct* s, const types::Sizes& sizes, int64_t cache_line,
              int nested_depth) -> StructLayout {
  return Layouter(sizes.arch()).Of(s, cache_line, nested_depth);
}

auto FieldLayout::type() const -> std::string {
  return type_ptr != nullptr ? types::TypeString(type_ptr) : "";
}

void Reordered(const StructLayout& base, std::span<const int> order, int64_t cache_line,
               StructLayout* out) {
  out->align = base.align;
  out->fields.clear();
  out->fields.reserve(order.size());
  int64_t offset = 0;
  for (int i : order) {
    const FieldLayout& from = base.fields[static_cast<size_t>(i)];
    FieldLayout& f = out->fields.emplace_back(from);
    f.nested.clear();
    offset = RoundUp(offset, f.align);
    f.offset = offset;
    offset += f.size;
  }
  Finish(offset, cache_line, out);
}

auto Reordered(const StructLayout& base, std::span<const int> order, int64_t cache_line)
    -> StructLayout {
  StructLayout layout;
  Reordered(base, order, cache_line, &layout);
  return layout;
}

auto LayoutInOrder(const types::Struct* s, std::span<const int> order, const types::Sizes& sizes,
                   int64_t cache_line) -> StructLayout {
  return Reordered(LayoutOf(s, sizes, cache_line, 0), order, cache_line);
}

void OptimalOrder(const StructLayout& declared, std::vector<int>* out) {
  std::vector<int>& order = *out;
  order.resize(declared.fields.size());
  std::iota(order.begin(), order.end(), 0);
  const auto& f = declared.fields;
  auto before = [&f](int i, int j) {
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
  };
  // Structs have a handful of fields: a stable insertion sort, without stable_sort's buffer.
  if (order.size() > 32) {
    std::stable_sort(order.begin(), order.end(), before);
    return;
  }
  for (size_t i = 1; i < order.size(); ++i) {
    int x = order[i];
    size_t j = i;
    for (; j > 0 && before(x, order[j - 1]); --j) order[j] = order[j - 1];
    order[j] = x;
  }
}

auto OptimalOrder(const StructLayout& declared) -> std::vector<int> {
  std::vector<int> order;
  OptimalOrder(declared, &order);
  return order;
}

auto FieldAlignmentMessage(const StructLayout& current, const StructLayout& optimal)
    -> std::string {
  const char* first;
  int64_t from, to;
  if (current.size > optimal.size) {
    first = "struct of size ";
    from = current.size, to = optimal.size;
  } else if (current.ptrdata > optimal.ptrdata) {
    first = "struct with ";
    from = current.ptrdata, to = optimal.ptrdata;
  } else {
    return "";
  }
  char text[80];
  char* p = text;
  auto put = [&p](std::string_view s) { p = std::copy(s.begin(), s.end(), p); };
  put(first);
  p = std::to_chars(p, text + sizeof text, from).ptr;
  put(current.size > optimal.size ? " could be " : " pointer bytes could be ");
  p = std::to_chars(p, text + sizeof text, to).ptr;
  return std::string(text, p);
}

}  // namespace gocc::layout
