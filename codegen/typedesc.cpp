// Type descriptors (gocc_type), method tables and itabs as LLVM constants, per runtime/goccrt.h.
//
// One descriptor per distinct type string ("gocc.type.<string>"), created on first use and
// registered before its initializer is built, so recursive types (type T struct{ next *T })
// refer to themselves. The predeclared types, error and interface{} use the runtime's own
// descriptors (gocc_type_int, ...). A descriptor holds size/alignment from gc's rules, the
// pointer bitmap (one bit per word of the pointer-holding prefix), the FNV-1a hash of the
// string, kind and flags, the equality function, element/key/length, fields, and the method
// table: the method set sorted by name, each entry pointing at a wrapper that takes the
// interface data word as receiver (loading a boxed value for value methods).
#include "codegen/abi.h"
#include "codegen/lower.h"
#include "ir/typeutil.h"
#include "typecheck/predicates.h"

namespace gocc::codegen {

using types::BasicKind;
using types::TypeKind;

namespace {

auto Fnv1a(std::string_view s) -> uint32_t {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

auto KindOf(const types::Type* t) -> uint8_t {
  const types::Type* u = types::Underlying(t);
  switch (u->kind) {
    case TypeKind::Basic:
      switch (static_cast<const types::Basic*>(u)->basic) {
        case BasicKind::Bool: return abi::kKindBool;
        case BasicKind::Int: return abi::kKindInt;
        case BasicKind::Int8: return abi::kKindInt8;
        case BasicKind::Int16: return abi::kKindInt16;
        case BasicKind::Int32: return abi::kKindInt32;
        case BasicKind::Int64: return abi::kKindInt64;
        case BasicKind::Uint: return abi::kKindUint;
        case BasicKind::Uint8: return abi::kKindUint8;
        case BasicKind::Uint16: return abi::kKindUint16;
        case BasicKind::Uint32: return abi::kKindUint32;
        case BasicKind::Uint64: return abi::kKindUint64;
        case BasicKind::Uintptr: return abi::kKindUintptr;
        case BasicKind::Float32: return abi::kKindFloat32;
        case BasicKind::Float64: return abi::kKindFloat64;
        case BasicKind::Complex64: return abi::kKindComplex64;
        case BasicKind::Complex128: return abi::kKindComplex128;
        case BasicKind::String: return abi::kKindString;
        case BasicKind::UnsafePointer: return abi::kKindUnsafePointer;
        default: return abi::kKindInvalid;
      }
    case TypeKind::Pointer: return abi::kKindPointer;
    case TypeKind::Array: return abi::kKindArray;
    case TypeKind::Slice: return abi::kKindSlice;
    case TypeKind::Struct: return abi::kKindStruct;
    case TypeKind::Map: return abi::kKindMap;
    case TypeKind::Chan: return abi::kKindChan;
    case TypeKind::Signature: return abi::kKindFunc;
    case TypeKind::Interface: return abi::kKindInterface;
    default: return abi::kKindInvalid;
  }
}

// Sets bit w for every pointer word of t placed at byte offset `at`.
void PointerBits(const types::Sizes& sizes, const types::Type* t, int64_t at, std::vector<bool>& bits) {
  auto set = [&](int64_t off) {
    size_t w = static_cast<size_t>(off / 8);
    if (bits.size() <= w) bits.resize(w + 1, false);
    bits[w] = true;
  };
  const types::Type* u = types::Underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Signature:
    case TypeKind::Slice: set(at); return;
    case TypeKind::Interface: set(at); set(at + 8); return;
    case TypeKind::Basic: {
      BasicKind k = static_cast<const types::Basic*>(u)->basic;
      if (k == BasicKind::String || k == BasicKind::UnsafePointer) set(at);
      return;
    }
    case TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(u);
      if (!HasPointers(a->elem)) return;
      int64_t size = sizes.SizeOf(a->elem);
      for (int64_t i = 0; i < a->len; ++i) PointerBits(sizes, a->elem, at + i * size, bits);
      return;
    }
    case TypeKind::Struct: {
      const auto* s = static_cast<const types::Struct*>(u);
      auto offsets = sizes.Offsets(s);
      for (size_t i = 0; i < s->fields.size(); ++i) PointerBits(sizes, s->fields[i].type, at + offsets[i], bits);
      return;
    }
    default: return;
  }
}

// == and hashing are plain memory comparisons: no floats, strings, interfaces or padding.
auto IsRegMem(const types::Sizes& sizes, const types::Type* t) -> bool {
  const types::Type* u = types::Underlying(t);
  switch (u->kind) {
    case TypeKind::Pointer:
    case TypeKind::Chan: return true;
    case TypeKind::Basic: {
      BasicKind k = static_cast<const types::Basic*>(u)->basic;
      return (k >= BasicKind::Bool && k <= BasicKind::Uintptr) || k == BasicKind::UnsafePointer;
    }
    case TypeKind::Array: return IsRegMem(sizes, static_cast<const types::Array*>(u)->elem);
    case TypeKind::Struct: {
      const auto* s = static_cast<const types::Struct*>(u);
      auto offsets = sizes.Offsets(s);
      int64_t end = 0;
      for (size_t i = 0; i < s->fields.size(); ++i) {
        if (offsets[i] != end || !IsRegMem(sizes, s->fields[i].type) || s->fields[i].name == "_") return false;
        end = offsets[i] + sizes.SizeOf(s->fields[i].type);
      }
      return end == sizes.SizeOf(s);
    }
    default: return false;
  }
}

auto PredeclaredName(const types::Type* t) -> std::string_view {
  if (const auto* b = types::As<types::Basic>(t)) {
    switch (b->basic) {
      case BasicKind::Bool: return "gocc_type_bool";
      case BasicKind::Int: return "gocc_type_int";
      case BasicKind::Int8: return "gocc_type_int8";
      case BasicKind::Int16: return "gocc_type_int16";
      case BasicKind::Int32: return "gocc_type_int32";
      case BasicKind::Int64: return "gocc_type_int64";
      case BasicKind::Uint: return "gocc_type_uint";
      case BasicKind::Uint8: return "gocc_type_uint8";
      case BasicKind::Uint16: return "gocc_type_uint16";
      case BasicKind::Uint32: return "gocc_type_uint32";
      case BasicKind::Uint64: return "gocc_type_uint64";
      case BasicKind::Uintptr: return "gocc_type_uintptr";
      case BasicKind::Float32: return "gocc_type_float32";
      case BasicKind::Float64: return "gocc_type_float64";
      case BasicKind::Complex64: return "gocc_type_complex64";
      case BasicKind::Complex128: return "gocc_type_complex128";
      case BasicKind::String: return "gocc_type_string";
      case BasicKind::UnsafePointer: return "gocc_type_unsafe_pointer";
      default: return {};
    }
  }
  if (const auto* n = types::As<types::Named>(t); n != nullptr && n->name == "error" && n->pkg_path.empty()) {
    return "gocc_type_error";
  }
  if (types::As<types::Interface>(t) != nullptr && InterfaceMethods(t).empty()) return "gocc_type_empty_interface";
  return {};
}

auto IsExported(std::string_view name) -> bool { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

}  // namespace

auto HasPointers(const types::Type* t) -> bool {
  const types::Type* u = types::Underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: {
      BasicKind k = static_cast<const types::Basic*>(u)->basic;
      return k == BasicKind::String || k == BasicKind::UnsafePointer || k == BasicKind::UntypedString;
    }
    case TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(u);
      return a->len > 0 && HasPointers(a->elem);
    }
    case TypeKind::Struct:
      for (const auto& f : static_cast<const types::Struct*>(u)->fields) {
        if (HasPointers(f.type)) return true;
      }
      return false;
    case TypeKind::Tuple: return true;
    default: return true;
  }
}

auto ModuleLowering::StringConstant(std::string_view bytes) -> llvm::Constant* {
  auto& types = *types_;
  if (bytes.empty()) return llvm::Constant::getNullValue(types.string_type);
  std::string key(bytes);
  auto it = strings_.find(key);
  if (it != strings_.end()) return it->second;
  auto* data = llvm::ConstantDataArray::getString(ctx_, llvm::StringRef(bytes.data(), bytes.size()), false);
  auto* g = new llvm::GlobalVariable(module_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, "str");
  g->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  g->setAlignment(llvm::Align(1));
  auto* s = llvm::ConstantStruct::get(types.string_type,
                                      {g, llvm::ConstantInt::get(types.i64, bytes.size())});
  strings_[key] = s;
  return s;
}

auto ModuleLowering::AllocSiteVar() -> llvm::GlobalVariable* {
  if (alloc_site_var_ == nullptr) {
    alloc_site_var_ = new llvm::GlobalVariable(module_, types_->ptr, false,
                                               llvm::GlobalValue::ExternalLinkage, nullptr,
                                               "gocc_alloc_site");
  }
  return alloc_site_var_;
}

auto ModuleLowering::AllocSite(const ir::Value* v) -> llvm::Constant* {
  if (options_.sources == nullptr || !v->pos.IsValid()) return nullptr;
  const SourceFile* file = options_.sources->FileOf(v->pos);
  if (file == nullptr) return nullptr;
  ReportedPos at = file->ReportedAt(file->OffsetOf(v->pos));
  auto c_string = [&](std::string_view text) -> llvm::Constant* {
    llvm::Constant*& g = c_strings_[std::string(text)];
    if (g == nullptr) {
      auto* data = llvm::ConstantDataArray::getString(ctx_, llvm::StringRef(text.data(), text.size()), true);
      auto* var = new llvm::GlobalVariable(module_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, "site.text");
      var->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
      var->setAlignment(llvm::Align(1));
      g = var;
    }
    return g;
  };
  std::string_view what = v->str();
  if (what.empty()) what = ir::OpName(v->op);
  // gocc_site: {file, line, col, what, count, bytes, next}, counted at run time.
  auto& t = *types_;
  auto* type = llvm::StructType::get(ctx_, {t.ptr, t.i64, t.i64, t.ptr, t.i64, t.i64, t.ptr});
  auto* init = llvm::ConstantStruct::get(
      type, {c_string(at.filename), llvm::ConstantInt::get(t.i64, at.line),
             llvm::ConstantInt::get(t.i64, at.col), c_string(what), llvm::ConstantInt::get(t.i64, 0),
             llvm::ConstantInt::get(t.i64, 0), llvm::ConstantPointerNull::get(llvm::cast<llvm::PointerType>(t.ptr))});
  auto* site = new llvm::GlobalVariable(module_, type, false, llvm::GlobalValue::InternalLinkage, init, "site");
  site->setAlignment(llvm::Align(8));
  return site;
}

auto ModuleLowering::ZeroArea(const types::Type* t) -> llvm::Constant* {
  int64_t size = types_->Size(t);
  auto it = zero_areas_.find(size);
  if (it != zero_areas_.end()) return it->second;
  // Not constant, so it goes to .bss and costs no file size; generated code never writes it.
  auto* type = llvm::ArrayType::get(types_->i8, static_cast<uint64_t>(size));
  auto* g = new llvm::GlobalVariable(module_, type, false, llvm::GlobalValue::InternalLinkage,
                                     llvm::ConstantAggregateZero::get(type), "gocc.zero");
  g->setAlignment(llvm::Align(8));
  zero_areas_[size] = g;
  return g;
}

auto ModuleLowering::ClosureStruct(std::span<const types::Type* const> bindings) -> const types::Struct* {
  std::vector<types::Var> fields;
  fields.push_back({"F", program_.Basic(BasicKind::Uintptr), {}, false});
  for (size_t i = 0; i < bindings.size(); ++i) fields.push_back({"b", bindings[i], {}, false});
  auto* s = arena_.New<types::Struct>();
  s->kind = TypeKind::Struct;
  s->fields = arena_.Copy(fields);
  return s;
}

auto ModuleLowering::EqualFunction(const types::Type* t) -> llvm::Constant* {
  auto* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0));
  if (!types::Comparable(t)) return null;
  const char* name = nullptr;
  const types::Type* u = types::Underlying(t);
  if (IsRegMem(types_->sizes(), t)) {
    name = "gocc_equal_mem";
  } else if (const auto* b = types::As<types::Basic>(u)) {
    switch (b->basic) {
      case BasicKind::Float32: name = "gocc_equal_f32"; break;
      case BasicKind::Float64: name = "gocc_equal_f64"; break;
      case BasicKind::Complex64: name = "gocc_equal_c64"; break;
      case BasicKind::Complex128: name = "gocc_equal_c128"; break;
      case BasicKind::String: name = "gocc_equal_string"; break;
      default: name = "gocc_equal_mem"; break;
    }
  } else if (u->kind == TypeKind::Interface) {
    name = InterfaceMethods(u).empty() ? "gocc_equal_eface" : "gocc_equal_iface";
  } else if (u->kind == TypeKind::Struct) {
    name = "gocc_equal_struct";
  } else if (u->kind == TypeKind::Array) {
    name = "gocc_equal_array";
  } else {
    name = "gocc_equal_mem";
  }
  auto* type = llvm::FunctionType::get(types_->i1, {types_->ptr, types_->ptr, types_->ptr}, false);
  return llvm::cast<llvm::Constant>(module_.getOrInsertFunction(name, type).getCallee());
}

auto ModuleLowering::TypeDescriptor(const types::Type* t) -> llvm::Constant* {
  auto& ty = *types_;
  auto* desc_type = llvm::StructType::get(
      ctx_, {ty.i64, ty.i64, ty.i32, ty.i8, ty.i8, ty.i8, ty.i8, ty.ptr, ty.ptr, ty.string_type, ty.string_type,
             ty.ptr, ty.ptr, ty.i64, ty.ptr, ty.i64, ty.ptr, ty.i64, ty.ptr});
  if (std::string_view pre = PredeclaredName(t); !pre.empty()) {
    return llvm::cast<llvm::Constant>(module_.getOrInsertGlobal(pre, desc_type));
  }
  std::string str = RuntimeTypeString(t);
  auto it = descriptors_.find(str);
  if (it != descriptors_.end()) return it->second;
  auto* g = new llvm::GlobalVariable(module_, desc_type, true, llvm::GlobalValue::LinkOnceODRLinkage, nullptr,
                                     "gocc.type." + str);
  g->setAlignment(llvm::Align(8));
  descriptors_[str] = g;

  const types::Type* u = types::Underlying(t);
  auto& sizes = ty.sizes();
  int64_t size = sizes.SizeOf(t);
  std::vector<bool> bits;
  PointerBits(sizes, t, 0, bits);
  int64_t ptrdata = static_cast<int64_t>(bits.size()) * 8;
  auto* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0));
  llvm::Constant* gcdata = null;
  if (!bits.empty()) {
    std::vector<uint8_t> bytes((bits.size() + 7) / 8, 0);
    for (size_t i = 0; i < bits.size(); ++i) {
      if (bits[i]) bytes[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
    }
    auto* data = llvm::ConstantDataArray::get(ctx_, bytes);
    auto* gd = new llvm::GlobalVariable(module_, data->getType(), true, llvm::GlobalValue::PrivateLinkage, data, "gcdata");
    gcdata = gd;
  }
  uint8_t flags = 0;
  if (types::Comparable(t)) flags |= abi::kFlagComparable;
  if (IsDirectIface(t)) flags |= abi::kFlagDirectIface;
  if (IsRegMem(sizes, t)) flags |= abi::kFlagRegMem;
  const auto* named = types::As<types::Named>(t);
  if (named != nullptr) flags |= abi::kFlagNamed;

  llvm::Constant* elem = null;
  llvm::Constant* key = null;
  int64_t len = 0;
  if (const auto* p = types::As<types::Pointer>(u)) elem = TypeDescriptor(p->elem);
  if (const auto* s = types::As<types::Slice>(u)) elem = TypeDescriptor(s->elem);
  if (const auto* a = types::As<types::Array>(u)) {
    elem = TypeDescriptor(a->elem);
    len = a->len;
  }
  if (const auto* c = types::As<types::Chan>(u)) {
    elem = TypeDescriptor(c->elem);
    len = c->dir == types::ChanDir::Recv ? 1 : c->dir == types::ChanDir::Send ? 2 : 3;
  }
  if (const auto* m = types::As<types::Map>(u)) {
    elem = TypeDescriptor(m->value);
    key = TypeDescriptor(m->key);
  }
  llvm::Constant* fields = null;
  int64_t nfields = 0;
  auto* field_type = llvm::StructType::get(ctx_, {ty.string_type, ty.ptr, ty.i64, ty.i64});
  std::vector<llvm::Constant*> entries;
  if (const auto* s = types::As<types::Struct>(u)) {
    auto offsets = sizes.Offsets(s);
    for (size_t i = 0; i < s->fields.size(); ++i) {
      entries.push_back(llvm::ConstantStruct::get(
          field_type, {StringConstant(s->fields[i].name), TypeDescriptor(s->fields[i].type),
                       llvm::ConstantInt::get(ty.i64, offsets[i]), llvm::ConstantInt::get(ty.i64, s->fields[i].embedded ? 1 : 0)}));
    }
  }
  if (const auto* sig = types::As<types::Signature>(u)) {
    // A func type lists its parameter types, then its result types; len counts the parameters.
    for (const auto* tuple : {&sig->params, &sig->results}) {
      for (const auto& v : *tuple) {
        entries.push_back(llvm::ConstantStruct::get(field_type, {StringConstant(""), TypeDescriptor(v.type),
                                                                 llvm::ConstantInt::get(ty.i64, 0), llvm::ConstantInt::get(ty.i64, 0)}));
      }
    }
    len = static_cast<int64_t>(sig->params.size());
    if (sig->variadic) flags |= abi::kFlagVariadic;
    func_descriptors_.emplace_back(sig, g);
  }
  if (!entries.empty()) {
    auto* array_type = llvm::ArrayType::get(field_type, entries.size());
    fields = new llvm::GlobalVariable(module_, array_type, true, llvm::GlobalValue::PrivateLinkage,
                                      llvm::ConstantArray::get(array_type, entries), "fields");
    nfields = static_cast<int64_t>(entries.size());
  }
  auto [methods, nmethods] = MethodTable(t);
  std::string_view pkgpath = named != nullptr ? named->pkg_path : std::string_view{};
  g->setInitializer(llvm::ConstantStruct::get(
      desc_type,
      {llvm::ConstantInt::get(ty.i64, size), llvm::ConstantInt::get(ty.i64, ptrdata),
       llvm::ConstantInt::get(ty.i32, Fnv1a(str)), llvm::ConstantInt::get(ty.i8, KindOf(t)),
       llvm::ConstantInt::get(ty.i8, sizes.AlignOf(t)), llvm::ConstantInt::get(ty.i8, sizes.AlignOf(t)),
       llvm::ConstantInt::get(ty.i8, flags), EqualFunction(t), gcdata, StringConstant(str), StringConstant(pkgpath),
       elem, key, llvm::ConstantInt::get(ty.i64, len), fields, llvm::ConstantInt::get(ty.i64, nfields), methods,
       llvm::ConstantInt::get(ty.i64, nmethods), null}));
  if (const auto* p = types::As<types::Pointer>(t)) {
    pointer_descriptors_.emplace_back(TypeDescriptor(p->elem), g);
  } else if (reflective_calls_ && named != nullptr && u->kind != types::TypeKind::Interface) {
    // A value's pointer methods are reached through *T (reflect's Addr): make *T's descriptor.
    for (const ir::MethodEntry& m : program_.MethodsOf(t)) {
      if (!m.pointer_receiver) continue;
      auto* ptr = arena_.New<types::Pointer>();
      ptr->kind = types::TypeKind::Pointer;
      ptr->elem = t;
      TypeDescriptor(ptr);
      break;
    }
  }
  return g;
}

namespace {

// The type whose method table t's method set comes from: t itself for a named type or an unnamed
// struct (its promoted methods), the element for a pointer to one (*pointer set: the pointer
// receivers count too); nullptr when t has no methods of its own (interfaces, other literals).
auto MethodSetBase(const types::Type* t, bool* pointer) -> const types::Type* {
  *pointer = false;
  if (t->kind == types::TypeKind::Pointer) {
    t = static_cast<const types::Pointer*>(t)->elem;
    *pointer = true;
  }
  if (t->kind == types::TypeKind::Named || t->kind == types::TypeKind::Struct) return t;
  return nullptr;
}

}  // namespace

auto ModuleLowering::MethodTable(const types::Type* t) -> std::pair<llvm::Constant*, int64_t> {
  auto& ty = *types_;
  auto* null = llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0));
  auto* method_type = llvm::StructType::get(ctx_, {ty.string_type, ty.string_type, ty.ptr, ty.ptr});
  std::vector<llvm::Constant*> entries;
  if (types::As<types::Interface>(types::Underlying(t)) != nullptr) {
    const auto* named = types::As<types::Named>(t);
    for (const auto& m : InterfaceMethods(t)) {
      std::string_view pkg = IsExported(m.name) || named == nullptr ? std::string_view{} : named->pkg_path;
      entries.push_back(llvm::ConstantStruct::get(method_type, {StringConstant(m.name), StringConstant(pkg),
                                                                TypeDescriptor(m.type), null}));
    }
  } else {
    bool pointer = false;
    if (const types::Type* base = MethodSetBase(t, &pointer)) {
      for (const ir::MethodEntry& m : program_.MethodsOf(base)) {
        if (m.pointer_receiver && !pointer) continue;
        std::string_view pkg = IsExported(m.name) ? std::string_view{} : m.pkg_path;
        entries.push_back(llvm::ConstantStruct::get(
            method_type, {StringConstant(m.name), StringConstant(pkg),
                          TypeDescriptor(m.func->signature()), MethodWrapper(m, t)}));
      }
    }
  }
  if (entries.empty()) return {null, 0};
  auto* array_type = llvm::ArrayType::get(method_type, entries.size());
  auto* g = new llvm::GlobalVariable(module_, array_type, true, llvm::GlobalValue::PrivateLinkage,
                                     llvm::ConstantArray::get(array_type, entries), "methods");
  return {g, static_cast<int64_t>(entries.size())};
}

auto ModuleLowering::MethodWrapper(const ir::MethodEntry& m, const types::Type* recv_type) -> llvm::Function* {
  std::string name = m.func->name() + "·i" + (types::As<types::Pointer>(recv_type) != nullptr ? "p" : "");
  auto it = wrappers_.find(name);
  if (it != wrappers_.end()) return it->second;
  llvm::Function* target = FunctionFor(m.func);
  llvm::FunctionType* target_type = target->getFunctionType();
  std::vector<llvm::Type*> params(target_type->param_begin(), target_type->param_end());
  params.erase(params.begin(), params.begin() + 2);   // context and receiver
  params.insert(params.begin(), types_->ptr);          // the data word
  auto* type = llvm::FunctionType::get(target_type->getReturnType(), params, false);
  auto* w = llvm::Function::Create(type, llvm::Function::InternalLinkage, name, module_);
  w->addFnAttr("frame-pointer", "all");
  wrappers_[name] = w;
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", w));
  llvm::Value* word = w->getArg(0);
  const types::Type* receiver = m.func->params().empty() ? nullptr : m.func->params()[0]->type;
  llvm::Type* recv_llvm = target_type->getNumParams() > 1 ? target_type->getParamType(1) : types_->ptr;
  llvm::Value* recv = word;
  if (!m.pointer_receiver && receiver != nullptr) {
    bool boxed = types::As<types::Pointer>(recv_type) != nullptr || !IsDirectIface(receiver);
    if (boxed && types_->IsIndirect(receiver)) {
      // An indirect receiver is passed as a pointer to it. Through a pointer (the method set of
      // *T), the callee must not see later stores to *p: copy. A box never changes: pass it.
      if (types::As<types::Pointer>(recv_type) != nullptr) {
        llvm::Value* copy = b.CreateAlloca(types_->Lower(receiver));
        llvm::Align align(static_cast<uint64_t>(types_->Align(receiver)));
        b.CreateMemCpy(copy, align, word, align, static_cast<uint64_t>(types_->Size(receiver)));
        recv = copy;
      }
    } else if (boxed) {
      recv = b.CreateLoad(recv_llvm, word);
    } else if (!recv_llvm->isPointerTy()) {
      llvm::AllocaInst* slot = b.CreateAlloca(recv_llvm);
      b.CreateStore(word, slot);
      recv = b.CreateLoad(recv_llvm, slot);
    }
  }
  std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(llvm::PointerType::get(ctx_, 0)), recv};
  for (unsigned i = 1; i < w->arg_size(); ++i) args.push_back(w->getArg(i));
  llvm::CallInst* call = b.CreateCall(target, args);
  if (type->getReturnType()->isVoidTy()) {
    b.CreateRetVoid();
  } else {
    b.CreateRet(call);
  }
  return w;
}

auto ModuleLowering::Itab(const types::Type* iface, const types::Type* concrete) -> llvm::Constant* {
  bool pointer = false;
  const types::Type* base = MethodSetBase(concrete, &pointer);
  if (base == nullptr) return nullptr;
  std::string key = RuntimeTypeString(iface) + "," + RuntimeTypeString(concrete);
  auto it = itabs_.find(key);
  if (it != itabs_.end()) return it->second;
  auto methods = program_.MethodsOf(base);
  std::vector<llvm::Constant*> fun;
  for (const auto& m : InterfaceMethods(iface)) {
    const ir::MethodEntry* found = nullptr;
    for (const auto& e : methods) {
      if (e.name == m.name && (pointer || !e.pointer_receiver)) found = &e;
    }
    if (found == nullptr) return nullptr;  // the runtime's gocc_getitab reports it
    fun.push_back(MethodWrapper(*found, concrete));
  }
  auto& ty = *types_;
  auto* fun_type = llvm::ArrayType::get(ty.ptr, fun.size());
  auto* itab_type = llvm::StructType::get(ctx_, {ty.ptr, ty.ptr, ty.i32, ty.i32, fun_type});
  std::string str = RuntimeTypeString(concrete);
  auto* g = new llvm::GlobalVariable(
      module_, itab_type, true, llvm::GlobalValue::LinkOnceODRLinkage,
      llvm::ConstantStruct::get(itab_type, {TypeDescriptor(concrete), TypeDescriptor(iface),
                                            llvm::ConstantInt::get(ty.i32, Fnv1a(str)), llvm::ConstantInt::get(ty.i32, 0),
                                            llvm::ConstantArray::get(fun_type, fun)}),
      "gocc.itab." + key);
  g->setAlignment(llvm::Align(8));
  itabs_[key] = g;
  return g;
}


// Calls through type descriptors (internal/gort's Call and CallMethod, used by text/template):
// the runtime cannot call Go code of an arbitrary signature itself, because only codegen knows
// how LLVM passes its parameters and results. So each func type gets a thunk
//
//     void thunk(void* code, void* first, void* const* args, void* const* results)
//
// that calls code(first, *args[0], *args[1], ..., out pointers) with the function's own LLVM
// signature (first: a closure block, or a method's receiver word) and stores result k at
// results[k]. The table gocc_functhunks = {descriptor, thunk}[gocc_nfuncthunks] lists them; the
// runtime declares both weak. Only a program that makes such calls (reflective_calls_) gets
// thunks, as gc's linker keeps every exported method only for programs that call reflect's
// Method.
void ModuleLowering::EmitCallThunks() {
  if (!reflective_calls_) return;
  auto& ty = *types_;
  auto* thunk_type = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), {ty.ptr, ty.ptr, ty.ptr, ty.ptr}, false);
  auto* entry_type = llvm::StructType::get(ctx_, {ty.ptr, ty.ptr});
  std::vector<llvm::Constant*> entries;
  for (size_t n = 0; n < func_descriptors_.size(); ++n) {  // the loop may not add to the list
    auto [sig, desc] = func_descriptors_[n];
    std::vector<const types::Type*> params, results;
    for (const auto& p : sig->params) params.push_back(p.type);
    for (const auto& r : sig->results) results.push_back(r.type);
    auto* thunk = llvm::Function::Create(thunk_type, llvm::Function::InternalLinkage,
                                         "gocc.callthunk." + desc->getName().substr(10).str(), module_);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", thunk));
    llvm::Value* code = thunk->getArg(0);
    llvm::Value* args_v = thunk->getArg(2);
    llvm::Value* results_v = thunk->getArg(3);
    auto slot = [&](llvm::Value* array, size_t i) {
      return b.CreateLoad(ty.ptr, b.CreateConstGEP1_64(ty.ptr, array, i));
    };
    std::vector<llvm::Value*> call_args{thunk->getArg(1)};
    for (size_t i = 0; i < params.size(); ++i) {
      llvm::Value* p = slot(args_v, i);
      llvm::Align align(static_cast<uint64_t>(ty.Align(params[i])));
      if (ty.IsIndirect(params[i])) {
        // A large parameter is passed as a pointer to a copy the callee owns.
        llvm::Value* copy = b.CreateAlloca(ty.Lower(params[i]));
        b.CreateMemCpy(copy, align, p, align, static_cast<uint64_t>(ty.Size(params[i])));
        call_args.push_back(copy);
      } else {
        call_args.push_back(b.CreateAlignedLoad(ty.Lower(params[i]), p, align));
      }
    }
    for (size_t k = 0; k < results.size(); ++k) {
      if (ty.IsIndirect(results[k])) call_args.push_back(slot(results_v, k));
    }
    llvm::CallInst* call = b.CreateCall(ty.FuncType(params, results), code, call_args);
    for (size_t k = 0; k < results.size(); ++k) {
      if (ty.IsIndirect(results[k])) continue;
      llvm::Value* r = results.size() == 1 ? call : b.CreateExtractValue(call, {static_cast<unsigned>(k)});
      b.CreateAlignedStore(r, slot(results_v, k), llvm::Align(static_cast<uint64_t>(ty.Align(results[k]))));
    }
    b.CreateRetVoid();
    entries.push_back(llvm::ConstantStruct::get(entry_type, {desc, thunk}));
  }
  auto* array_type = llvm::ArrayType::get(entry_type, entries.size());
  new llvm::GlobalVariable(module_, array_type, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantArray::get(array_type, entries), "gocc_functhunks");
  new llvm::GlobalVariable(module_, ty.i64, true, llvm::GlobalValue::ExternalLinkage,
                           llvm::ConstantInt::get(ty.i64, static_cast<int64_t>(entries.size())), "gocc_nfuncthunks");
}

}  // namespace gocc::codegen

namespace gocc::codegen {

auto ModuleLowering::MakesReflectiveCalls() const -> bool {
  for (const auto& fn : program_.functions()) {
    for (const auto& b : fn->blocks()) {
      for (const ir::Value* v : b->instrs) {
        if (v->op == ir::Op::Call && v->call_kind() == ir::CallKind::Runtime &&
            (v->str() == "gocc_internal_gort_Call" || v->str() == "gocc_internal_gort_CallMethod")) {
          return true;
        }
      }
    }
  }
  return false;
}

// Every descriptor of a *T records itself in T's ptr_to_this (gc's ptrToThis), once all
// descriptors exist. The runtime's own descriptors (predeclared types) keep NULL.
void ModuleLowering::LinkPointerDescriptors() {
  for (auto [elem, ptr] : pointer_descriptors_) {
    auto* g = llvm::dyn_cast<llvm::GlobalVariable>(elem);
    if (g == nullptr || !g->hasInitializer()) continue;
    auto* init = llvm::cast<llvm::ConstantStruct>(g->getInitializer());
    std::vector<llvm::Constant*> fields;
    for (unsigned i = 0; i < init->getNumOperands(); ++i) fields.push_back(init->getOperand(i));
    fields.back() = ptr;
    g->setInitializer(llvm::ConstantStruct::get(init->getType(), fields));
  }
}

}  // namespace gocc::codegen
