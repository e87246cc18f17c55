// Go types -> LLVM types (amd64, gc's layout):
//
//   bool i1 (a byte in memory) · intN/uintN iN · int, uint, uintptr i64 · float32 float ·
//   float64 double · complex64 {float, float} · complex128 {double, double} ·
//   string {ptr, i64} · slice {ptr, i64, i64} · interface {ptr tab, ptr data} ·
//   pointer, map, chan, func, unsafe.Pointer ptr · [N]T [N x T] · struct: an LLVM struct.
//
// gc places struct fields at their alignment in order, and gives a non-empty struct that ends in
// a zero-size field one extra byte; LLVM's natural layout agrees except for that byte and any
// type whose LLVM alignment differs from gc's, so each struct is built from gc's offsets
// (Sizes::Offsets) with explicit [n x i8] padding wherever LLVM would place a field earlier than
// gc, and tail padding up to gc's size. FieldIndex maps Go field numbers to LLVM elements.
#include <llvm/IR/DataLayout.h>
#include <llvm/IR/DerivedTypes.h>

#include <algorithm>

#include "codegen/lower.h"
#include "ir/typeutil.h"
#include "typecheck/typestring.h"

namespace gocc::codegen {

using types::BasicKind;
using types::TypeKind;

TypeLowering::TypeLowering(llvm::LLVMContext& ctx, const llvm::DataLayout& layout)
    : ctx_(ctx), layout_(layout), sizes_(*types::FindArch("amd64")) {
  ptr = llvm::PointerType::get(ctx, 0);
  i1 = llvm::Type::getInt1Ty(ctx);
  i8 = llvm::Type::getInt8Ty(ctx);
  i32 = llvm::Type::getInt32Ty(ctx);
  i64 = llvm::Type::getInt64Ty(ctx);
  f64 = llvm::Type::getDoubleTy(ctx);
  string_type = llvm::StructType::get(ctx, {ptr, i64});
  slice_type = llvm::StructType::get(ctx, {ptr, i64, i64});
  iface_type = llvm::StructType::get(ctx, {ptr, ptr});
  pair_type = llvm::StructType::get(ctx, {i64, i64});
}

auto TypeLowering::Lower(const types::Type* t) -> llvm::Type* {
  if (t == nullptr) return llvm::Type::getVoidTy(ctx_);
  auto it = cache_.find(t);
  if (it != cache_.end()) return it->second;
  llvm::Type* result = nullptr;
  switch (t->kind) {
    case TypeKind::Basic:
      switch (static_cast<const types::Basic*>(t)->basic) {
        case BasicKind::Bool:
        case BasicKind::UntypedBool: result = i1; break;
        case BasicKind::Int8:
        case BasicKind::Uint8: result = i8; break;
        case BasicKind::Int16:
        case BasicKind::Uint16: result = llvm::Type::getInt16Ty(ctx_); break;
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::UntypedRune: result = i32; break;
        case BasicKind::Float32: result = llvm::Type::getFloatTy(ctx_); break;
        case BasicKind::Float64:
        case BasicKind::UntypedFloat: result = f64; break;
        case BasicKind::Complex64: {
          auto* f = llvm::Type::getFloatTy(ctx_);
          result = llvm::StructType::get(ctx_, {f, f});
          break;
        }
        case BasicKind::Complex128:
        case BasicKind::UntypedComplex: result = llvm::StructType::get(ctx_, {f64, f64}); break;
        case BasicKind::String:
        case BasicKind::UntypedString: result = string_type; break;
        case BasicKind::UnsafePointer:
        case BasicKind::UntypedNil: result = ptr; break;
        default: result = i64; break;  // int, uint, uintptr, int64, uint64, untyped int
      }
      break;
    case TypeKind::Named: result = Lower(types::Underlying(t)); break;
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: result = ptr; break;
    case TypeKind::Slice: result = slice_type; break;
    case TypeKind::Interface: result = iface_type; break;
    case TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(t);
      result = llvm::ArrayType::get(Lower(a->elem), static_cast<uint64_t>(a->len));
      break;
    }
    case TypeKind::Struct: result = LowerStruct(static_cast<const types::Struct*>(t)); break;
    case TypeKind::Tuple: {
      std::vector<llvm::Type*> elems;
      for (const auto* e : static_cast<const ir::Tuple*>(t)->elems) elems.push_back(Value(e));
      result = llvm::StructType::get(ctx_, elems);
      break;
    }
  }
  cache_[t] = result;
  return result;
}

auto TypeLowering::LowerStruct(const types::Struct* s) -> llvm::Type* {
  auto offsets = sizes_.Offsets(s);
  std::vector<llvm::Type*> elems;
  std::vector<unsigned> index;
  int64_t at = 0;  // LLVM's offset after the elements so far
  auto pad = [&](int64_t n) {
    if (n > 0) elems.push_back(llvm::ArrayType::get(i8, static_cast<uint64_t>(n)));
    at += n;
  };
  for (size_t i = 0; i < s->fields.size(); ++i) {
    llvm::Type* ft = Lower(s->fields[i].type);
    int64_t align = static_cast<int64_t>(layout_.getABITypeAlign(ft).value());
    int64_t natural = (at + align - 1) / align * align;
    if (natural < offsets[i]) {
      pad(offsets[i] - at);  // LLVM would place it earlier: pad up to gc's offset exactly
    } else {
      at = natural;
    }
    index.push_back(static_cast<unsigned>(elems.size()));
    elems.push_back(ft);
    at += static_cast<int64_t>(layout_.getTypeAllocSize(ft).getFixedValue());
  }
  int64_t size = sizes_.SizeOf(s);
  int64_t align = 1;
  for (auto* e : elems) align = std::max<int64_t>(align, layout_.getABITypeAlign(e).value());
  int64_t natural_end = (at + align - 1) / align * align;
  if (natural_end < size) pad(size - at);
  field_index_[s] = std::move(index);
  return llvm::StructType::get(ctx_, elems);
}

auto TypeLowering::FieldIndex(const types::Struct* s, int field) -> unsigned {
  Lower(s);
  auto it = field_index_.find(s);
  if (it == field_index_.end()) {
    // Lowered through another pointer to an identical struct: make this one's map too.
    cache_.erase(s);
    Lower(s);
    it = field_index_.find(s);
  }
  return it->second[static_cast<size_t>(field)];
}

auto TypeLowering::ResultType(std::span<const types::Type* const> results) -> llvm::Type* {
  if (results.empty()) return llvm::Type::getVoidTy(ctx_);
  if (results.size() == 1) return Value(results[0]);
  std::vector<llvm::Type*> elems;
  for (const auto* r : results) elems.push_back(Value(r));
  return llvm::StructType::get(ctx_, elems);
}

auto TypeLowering::FuncType(std::span<const types::Type* const> params,
                            std::span<const types::Type* const> results) -> llvm::FunctionType* {
  std::vector<llvm::Type*> ps{ptr};
  for (const auto* p : params) ps.push_back(Value(p));
  for (const auto* r : results) {
    if (IsIndirect(r)) ps.push_back(ptr);
  }
  return llvm::FunctionType::get(ResultType(results), ps, false);
}

auto TypeLowering::FuncType(const types::Signature* sig) -> llvm::FunctionType* {
  std::vector<const types::Type*> params, results;
  for (const auto& p : sig->params) params.push_back(p.type);
  for (const auto& r : sig->results) results.push_back(r.type);
  return FuncType(params, results);
}

// ---- runtime type strings ----

namespace {

void WriteType(std::string& out, const types::Type* t);

void WriteTuple(std::string& out, std::span<const types::Var> vars, bool variadic) {
  for (size_t i = 0; i < vars.size(); ++i) {
    if (i > 0) out += ", ";
    if (variadic && i + 1 == vars.size()) {
      out += "...";
      WriteType(out, static_cast<const types::Slice*>(types::Underlying(vars[i].type))->elem);
    } else {
      WriteType(out, vars[i].type);
    }
  }
}

void WriteSignature(std::string& out, const types::Signature* sig) {
  out += "(";
  WriteTuple(out, sig->params, sig->variadic);
  out += ")";
  if (sig->results.size() == 1) {
    out += " ";
    WriteType(out, sig->results[0].type);
  } else if (sig->results.size() > 1) {
    out += " (";
    WriteTuple(out, sig->results, false);
    out += ")";
  }
}

void WriteType(std::string& out, const types::Type* t) {
  switch (t->kind) {
    case TypeKind::Basic: {
      const auto* b = static_cast<const types::Basic*>(t);
      if (b->basic == BasicKind::UnsafePointer) {
        out += "unsafe.Pointer";
      } else {
        out += b->name;
      }
      return;
    }
    case TypeKind::Named: {
      const auto* n = static_cast<const types::Named*>(t);
      if (!n->pkg_name.empty()) {
        out += n->pkg_name;
        out += ".";
      }
      out += n->name;
      return;
    }
    case TypeKind::Pointer:
      out += "*";
      WriteType(out, static_cast<const types::Pointer*>(t)->elem);
      return;
    case TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(t);
      out += "[" + std::to_string(a->len) + "]";
      WriteType(out, a->elem);
      return;
    }
    case TypeKind::Slice:
      out += "[]";
      WriteType(out, static_cast<const types::Slice*>(t)->elem);
      return;
    case TypeKind::Struct: {
      const auto* s = static_cast<const types::Struct*>(t);
      if (s->fields.empty()) {
        out += "struct {}";
        return;
      }
      out += "struct { ";
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (i > 0) out += "; ";
        if (!s->fields[i].embedded) {
          out += s->fields[i].name;
          out += " ";
        }
        WriteType(out, s->fields[i].type);
        if (i < s->tags.size() && !s->tags[i].empty()) {
          out += " \"";
          out += s->tags[i];
          out += "\"";
        }
      }
      out += " }";
      return;
    }
    case TypeKind::Map: {
      const auto* m = static_cast<const types::Map*>(t);
      out += "map[";
      WriteType(out, m->key);
      out += "]";
      WriteType(out, m->value);
      return;
    }
    case TypeKind::Chan: {
      const auto* c = static_cast<const types::Chan*>(t);
      out += c->dir == types::ChanDir::Recv ? "<-chan " : c->dir == types::ChanDir::Send ? "chan<- " : "chan ";
      WriteType(out, c->elem);
      return;
    }
    case TypeKind::Signature:
      out += "func";
      WriteSignature(out, static_cast<const types::Signature*>(t));
      return;
    case TypeKind::Interface: {
      auto methods = InterfaceMethods(t);
      if (methods.empty()) {
        out += "interface {}";
        return;
      }
      out += "interface { ";
      for (size_t i = 0; i < methods.size(); ++i) {
        if (i > 0) out += "; ";
        out += methods[i].name;
        WriteSignature(out, methods[i].type);
      }
      out += " }";
      return;
    }
    case TypeKind::Tuple: out += "()"; return;
  }
}

void CollectMethods(const types::Type* t, std::vector<types::Method>& out, int depth) {
  const auto* iface = types::As<types::Interface>(types::Underlying(t));
  if (iface == nullptr || depth > 32) return;
  for (const auto& m : iface->methods) {
    bool seen = std::any_of(out.begin(), out.end(), [&](const types::Method& x) { return x.name == m.name; });
    if (!seen) out.push_back(m);
  }
  for (const auto* e : iface->embeddeds) CollectMethods(e, out, depth + 1);
}

}  // namespace

auto RuntimeTypeString(const types::Type* t) -> std::string {
  std::string out;
  WriteType(out, t);
  return out;
}

auto InterfaceMethods(const types::Type* iface) -> std::vector<types::Method> {
  std::vector<types::Method> out;
  CollectMethods(iface, out, 0);
  std::sort(out.begin(), out.end(), [](const types::Method& a, const types::Method& b) { return a.name < b.name; });
  return out;
}

auto IsDirectIface(const types::Type* t) -> bool {
  const auto* u = types::Underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature: return true;
    case TypeKind::Basic: return static_cast<const types::Basic*>(u)->basic == BasicKind::UnsafePointer;
    case TypeKind::Struct: {
      const auto* s = static_cast<const types::Struct*>(u);
      return s->fields.size() == 1 && IsDirectIface(s->fields[0].type);
    }
    case TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(u);
      return a->len == 1 && IsDirectIface(a->elem);
    }
    default: return false;
  }
}

}  // namespace gocc::codegen
