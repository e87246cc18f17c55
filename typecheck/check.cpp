// Package-level declarations and type expressions.
//
// Objects are collected first (every file's declarations into the package scope, imports into
// a scope per file), then each type name is resolved on demand: resolving `type T U` resolves U
// first, so declaration order does not matter. A type name met again while it is being resolved
// is a cycle; it is legal when the path goes through an indirection (pointer, slice, map, chan,
// func, interface), which is why a Named type is created before its underlying type is known.
#include "typecheck/check.h"

#include "typecheck/bigint.h"
#include "typecheck/predicates.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace gocc::types {

namespace {

// A fast hash of an identifier: eight bytes at a time, each word mixed by a multiply.
auto HashName(std::string_view name) -> uint64_t {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = name.size() * kMul;
  const char* p = name.data();
  size_t n = name.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  if (n > 0) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  return h;
}

}  // namespace

auto Scope::LookupLocal(std::string_view name) const -> Object* {
  if (table_.empty()) {
    for (Object* obj : small_) {
      if (obj->name == name) return obj;
    }
    return nullptr;
  }
  uint64_t hash = HashName(name);
  size_t mask = table_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = table_[i];
    if (slot.obj == nullptr) return nullptr;
    if (slot.hash == hash && slot.obj->name == name) return slot.obj;
  }
}

auto Scope::Lookup(std::string_view name) const -> Object* {
  for (const Scope* s = this; s != nullptr; s = s->parent_) {
    if (Object* obj = s->LookupLocal(name)) return obj;
  }
  return nullptr;
}

// Adds an object known not to be in the table, doubling the table when it would be more than
// half full.
void Scope::TableInsert(uint64_t hash, Object* obj) {
  if ((order_.size() + 1) * 2 > table_.size()) {
    std::vector<Slot> old = std::move(table_);
    table_.assign(std::max<size_t>(64, old.size() * 2), Slot{0, nullptr});
    size_t mask = table_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.obj == nullptr) continue;
      size_t i = slot.hash & mask;
      while (table_[i].obj != nullptr) i = (i + 1) & mask;
      table_[i] = slot;
    }
  }
  size_t mask = table_.size() - 1;
  size_t i = hash & mask;
  while (table_[i].obj != nullptr) i = (i + 1) & mask;
  table_[i] = Slot{hash, obj};
  order_.push_back(obj->name);
}

auto Scope::Insert(Object* obj) -> Object* {
  if (Object* other = LookupLocal(obj->name)) return other;
  if (table_.empty() && small_.size() < kSmall) {
    small_.push_back(obj);
    return nullptr;
  }
  if (table_.empty()) {
    for (Object* o : small_) TableInsert(HashName(o->name), o);
    small_.clear();
  }
  TableInsert(HashName(obj->name), obj);
  return nullptr;
}

auto Scope::names() const -> std::vector<std::string_view> {
  if (!table_.empty()) return order_;
  std::vector<std::string_view> names;
  names.reserve(small_.size());
  for (const Object* obj : small_) names.push_back(obj->name);
  return names;
}

Checker::Checker(Arena& arena, Diagnostics& diags) : arena_(arena), diags_(diags) {
  DeclareUniverse();
}

auto Checker::NewObject(ObjectKind kind, std::string_view name, Pos pos) -> Object* {
  Object* obj = arena_.New<Object>();
  obj->kind = kind;
  obj->name = name;
  obj->pos = pos;
  return obj;
}

void Checker::DeclareUniverse() {
  struct BasicInfo {
    BasicKind kind;
    std::string_view name;
  };
  constexpr BasicInfo kBasics[] = {
      {BasicKind::Invalid, "invalid type"}, {BasicKind::Bool, "bool"},
      {BasicKind::Int, "int"},              {BasicKind::Int8, "int8"},
      {BasicKind::Int16, "int16"},          {BasicKind::Int32, "int32"},
      {BasicKind::Int64, "int64"},          {BasicKind::Uint, "uint"},
      {BasicKind::Uint8, "uint8"},          {BasicKind::Uint16, "uint16"},
      {BasicKind::Uint32, "uint32"},        {BasicKind::Uint64, "uint64"},
      {BasicKind::Uintptr, "uintptr"},      {BasicKind::Float32, "float32"},
      {BasicKind::Float64, "float64"},      {BasicKind::Complex64, "complex64"},
      {BasicKind::Complex128, "complex128"}, {BasicKind::String, "string"},
      {BasicKind::UnsafePointer, "Pointer"}, {BasicKind::UntypedBool, "untyped bool"},
      {BasicKind::UntypedInt, "untyped int"}, {BasicKind::UntypedRune, "untyped rune"},
      {BasicKind::UntypedFloat, "untyped float"}, {BasicKind::UntypedComplex, "untyped complex"},
      {BasicKind::UntypedString, "untyped string"}, {BasicKind::UntypedNil, "untyped nil"},
  };
  for (const BasicInfo& b : kBasics) {
    Basic* t = NewType<Basic>();
    t->basic = b.kind;
    t->name = b.name;
    basics_[static_cast<size_t>(b.kind)] = t;
    if (b.kind >= BasicKind::Bool && b.kind <= BasicKind::String) {
      Object* obj = NewObject(ObjectKind::TypeName, b.name, Pos{});
      obj->type = t;
      universe_.Insert(obj);
    }
  }
  // byte and rune are aliases, but gc writes them by the alias's name: they get Basic types of
  // their own with the same kind (identity of basic types is by kind).
  auto alias = [&](std::string_view name, BasicKind kind) {
    Basic* t = NewType<Basic>();
    t->basic = kind;
    t->name = name;
    Object* obj = NewObject(ObjectKind::TypeName, name, Pos{});
    obj->type = t;
    universe_.Insert(obj);
  };
  alias("byte", BasicKind::Uint8);
  alias("rune", BasicKind::Int32);

  // type error interface { Error() string }
  auto* result = arena_.New<Var>();
  *result = Var{"", BasicType(BasicKind::String), Pos{}, false};
  Signature* sig = NewType<Signature>();
  sig->results = {result, 1};
  auto* method = arena_.New<Method>();
  *method = Method{"Error", sig, Pos{}};
  Interface* error_iface = NewType<Interface>();
  error_iface->methods = {method, 1};
  Named* error_type = NewType<Named>();
  error_type->name = "error";
  error_type->underlying = error_iface;
  Object* error_obj = NewObject(ObjectKind::TypeName, "error", Pos{});
  error_obj->type = error_type;
  universe_.Insert(error_obj);
  // type any = interface{}
  Object* any = NewObject(ObjectKind::TypeName, "any", Pos{});
  any->type = NewType<Interface>();
  SetTypeStringAny(any->type);
  empty_interface_ = NewType<Interface>();
  universe_.Insert(any);

  for (std::string_view name : {"true", "false"}) {
    Object* obj = NewObject(ObjectKind::Const, name, Pos{});
    obj->type = BasicType(BasicKind::UntypedBool);
    universe_.Insert(obj);
  }
  Object* iota = NewObject(ObjectKind::Const, "iota", Pos{});
  iota->type = BasicType(BasicKind::UntypedInt);
  universe_.Insert(iota);
  Object* nil = NewObject(ObjectKind::Nil, "nil", Pos{});
  nil->type = BasicType(BasicKind::UntypedNil);
  universe_.Insert(nil);
  for (std::string_view name : {"append", "cap", "close", "complex", "copy", "delete", "imag",
                                "len", "make", "new", "panic", "print", "println", "real",
                                "recover"}) {
    universe_.Insert(NewObject(ObjectKind::Builtin, name, Pos{}));
  }
}

void Checker::Declare(Scope& scope, Object* obj) {
  if (obj->name == "_") return;
  // init may only be a function (and functions named init are not declared at all); so may main
  // in package main.
  if (obj->kind != ObjectKind::Func && obj->kind != ObjectKind::Package && &scope == package_scope_ &&
      (obj->name == "init" || (obj->name == "main" && package_name_ == "main"))) {
    Error(obj->pos, "cannot declare ", std::string(obj->name), " - must be func");
    return;
  }
  if (Object* other = scope.Insert(obj)) ReportRedeclared(obj, other);
}

// gc's message, with the other declaration on a continuation line.
void Checker::ReportRedeclared(const Object* obj, const Object* other) {
  std::string msg = std::string(obj->name) + " redeclared in this block";
  if (other->pos.IsValid()) {
    msg += "\n\t" + diags_.FormatPos(other->pos) + ": other declaration of " + std::string(obj->name);
  }
  diags_.Report(obj->pos, DiagKind::NonSyntax, msg);
}

// Puts every package-level declaration of a file into the package scope, and its imports into
// the file's own scope.
void Checker::CollectObjects(const ast::File& file, Scope& file_scope) {
  for (const ast::Decl* decl : file.decls) {
    if (const auto* f = decl->As<ast::FuncDecl>()) {
      if (f->type->type_params.size() > 0 && !reported_generics_) {
        reported_generics_ = true;
        diags_.Report(f->name->pos, DiagKind::Unsupported, "type parameters");
      }
      if (f->recv != nullptr || f->name->name == "init" || f->name->name == "_") continue;
      Object* obj = NewObject(ObjectKind::Func, f->name->name, f->name->pos);
      obj->decl = f;
      obj->global = true;
      RecordDef(f->name, obj);
      Declare(*package_scope_, obj);
      continue;
    }
    const auto* g = decl->As<ast::GenDecl>();
    if (g == nullptr) continue;
    int iota = 0;
    const ast::ValueSpec* last_const_with_values = nullptr;
    for (const ast::Node* spec : g->specs) {
      if (const auto* imp = spec->As<ast::ImportSpec>()) {
        std::string_view path = imp->path->value.substr(1, imp->path->value.size() - 2);
        std::string_view name = imp->name != nullptr ? imp->name->name
                                                     : path.substr(path.rfind('/') + 1);
        const Package* imported = path == "unsafe" ? nullptr : Import(path, imp->path->pos);
        if (imported != nullptr && imp->name == nullptr) name = imported->name;
        if (name == "." || name == "_") continue;
        Object* obj = NewObject(ObjectKind::Package, name, imp->pos);
        obj->decl = imp;
        obj->import_path = path;
        obj->package = imported;
        RecordDef(imp->name, obj);
        Declare(file_scope, obj);
      } else if (const auto* ts = spec->As<ast::TypeSpec>()) {
        if (!ts->type_params.empty() && !reported_generics_) {
          reported_generics_ = true;
          diags_.Report(ts->name->pos, DiagKind::Unsupported, "type parameters");
        }
        Object* obj = NewObject(ObjectKind::TypeName, ts->name->name, ts->name->pos);
        obj->decl = ts;
        RecordDef(ts->name, obj);
        object_file_scope_[obj] = &file_scope;
        Declare(*package_scope_, obj);
      } else if (const auto* vs = spec->As<ast::ValueSpec>()) {
        bool is_const = g->tok == lex::TokenKind::Const;
        // In a const group, a spec without values repeats the previous spec's.
        if (is_const && !vs->values.empty()) last_const_with_values = vs;
        if (!is_const) {
          var_spec_of_[vs] = package_var_specs_.size();
          package_var_specs_.push_back(PackageVarSpec{vs, {}});
        }
        for (size_t i = 0; i < vs->names.size(); ++i) {
          const ast::Ident* name = vs->names[i];
          Object* obj = NewObject(is_const ? ObjectKind::Const : ObjectKind::Var, name->name,
                                  name->pos);
          obj->decl = vs;
          RecordDef(name, obj);
          if (!is_const) {
            obj->global = true;
            package_var_specs_.back().lhs.push_back(obj);
          }
          if (is_const) {
            obj->iota = iota;
            const ast::ValueSpec* source = vs->values.empty() ? last_const_with_values : vs;
            if (source != nullptr && i < source->values.size()) obj->value = source->values[i];
            if (source != nullptr) obj->type_expr = source->type;
          }
          object_file_scope_[obj] = &file_scope;
          Declare(*package_scope_, obj);
        }
        ++iota;
      }
    }
  }
}

// Loads, checks and caches an imported package with this same checker (method sets and types
// are shared across packages); the importing package's state is saved around it.
auto Checker::Import(std::string_view path, Pos pos) -> const Package* {
  auto it = imported_.find(std::string(path));
  if (it != imported_.end()) {
    if (it->second == nullptr) Error(pos, "import cycle not allowed");
    return it->second;
  }
  if (!loader_) return nullptr;  // no loader: imported packages stay unknown (and quiet)
  std::vector<ast::File*> files;
  std::string error;
  if (!loader_(path, &files, &error)) {
    Error(pos, "could not import ", std::string(path), " (", error.empty() ? "no standard library" : error, ")");
    imported_[std::string(path)] = nullptr;
    return nullptr;
  }
  imported_[std::string(path)] = nullptr;
  Scope* saved_package = package_scope_;
  Scope* saved_current = current_scope_;
  std::vector<Scope*> saved_files = file_scopes_;
  const Package* saved_pkg = current_package_;
  FuncContext* saved_func = func_;
  func_ = nullptr;
  pending_path_ = path;
  std::string_view saved_print_package = TypeStringPackage();
  bool saved_declarations_only = declarations_only_;
  declarations_only_ = declarations_only_ || imports_declarations_only_;
  Package* pkg = CheckPackage(files);
  declarations_only_ = saved_declarations_only;
  SetTypeStringPackage(saved_print_package);
  package_scope_ = saved_package;
  current_scope_ = saved_current;
  file_scopes_ = saved_files;
  current_package_ = saved_pkg;
  func_ = saved_func;
  imported_[std::string(path)] = pkg;
  return pkg;
}

namespace {

// The first use of type parameters in the files' declarations: a generic function or type, or a
// constraint interface (with ~T or a union of types).
auto FirstGenericDecl(std::span<ast::File* const> files) -> Pos {
  auto constraint = [](const ast::Expr* e) {
    const auto* it = e != nullptr ? e->As<ast::InterfaceType>() : nullptr;
    if (it == nullptr) return false;
    for (const ast::Field* f : it->elems) {
      if (f->names.empty() && (f->type->kind == ast::NodeKind::UnaryExpr ||
                               f->type->kind == ast::NodeKind::BinaryExpr)) {
        return true;
      }
    }
    return false;
  };
  for (const ast::File* file : files) {
    for (const ast::Decl* d : file->decls) {
      if (const auto* f = d->As<ast::FuncDecl>(); f && !f->type->type_params.empty()) return f->name->pos;
      const auto* g = d->As<ast::GenDecl>();
      if (g == nullptr) continue;
      for (const ast::Node* spec : g->specs) {
        const auto* ts = spec->As<ast::TypeSpec>();
        if (ts != nullptr && (!ts->type_params.empty() || constraint(ts->type))) return ts->name->pos;
      }
    }
  }
  return Pos{};
}

}  // namespace

auto Checker::CheckPackage(std::span<ast::File* const> files) -> Package* {
  auto* pkg = arena_.New<Package>();
  // Type parameters are parsed but not checked yet: one clear error, then nothing else.
  if (Pos generic = FirstGenericDecl(files); generic.IsValid()) {
    diags_.Report(generic, DiagKind::Unsupported, "type parameters");
    scopes_.push_back(std::make_unique<Scope>(&universe_));
    pkg->scope = scopes_.back().get();
    return pkg;
  }
  pkg->path = pending_path_;
  pending_path_ = "main";
  // An import is checked in the middle of collecting this package's objects.
  auto saved_specs = std::move(package_var_specs_);
  auto saved_funcs = std::move(package_funcs_);
  auto saved_chans = std::move(chan_types_);
  chan_types_.clear();
  auto saved_keys = std::move(map_keys_);
  map_keys_.clear();
  Object* saved_decl = decl_obj_;
  package_var_specs_.clear();
  package_funcs_.clear();
  decl_obj_ = nullptr;
  for (const ast::File* file : files) {
    if (pkg->name.empty() && file->package_name != nullptr) pkg->name = file->package_name->name;
  }
  current_package_ = pkg;
  package_name_ = pkg->name;
  SetTypeStringPackage(pkg->path);
  scopes_.push_back(std::make_unique<Scope>(&universe_));
  package_scope_ = scopes_.back().get();
  pkg->scope = package_scope_;
  std::vector<Scope*> file_scopes;
  for (const ast::File* file : files) {
    if (pkg->name.empty() && file->package_name != nullptr) pkg->name = file->package_name->name;
    scopes_.push_back(std::make_unique<Scope>(package_scope_));
    file_scopes.push_back(scopes_.back().get());
    CollectObjects(*file, *file_scopes.back());
  }
  for (std::string_view name : package_scope_->names()) {
    Object* obj = package_scope_->LookupLocal(name);
    if (obj->kind == ObjectKind::TypeName) ResolveTypeName(obj);
  }
  // The declared types of package-level variables (their initialisers come with expressions).
  for (const PackageVarSpec& vs : package_var_specs_) {
    if (vs.spec->type == nullptr || vs.lhs.empty()) continue;
    Scope* saved = current_scope_;
    current_scope_ = object_file_scope_[vs.lhs[0]];
    const Type* type = TypeOf(vs.spec->type);
    current_scope_ = saved;
    for (Object* v : vs.lhs) v->type = type;
  }
  file_scopes_ = file_scopes;
  CollectMethods(files);
  for (std::string_view name : package_scope_->names()) {
    Object* obj = package_scope_->LookupLocal(name);
    if (obj->kind == ObjectKind::Const) ConstObject(obj);
  }
  CheckPackageVars();
  if (!declarations_only_) CheckBodies(files);
  CheckChanElemSizes();
  CheckMapKeys();
  if (!declarations_only_) {
    InitOrder(pkg, package_funcs_);
    ReportUnusedImports(file_scopes);
  }
  package_var_specs_ = std::move(saved_specs);
  package_funcs_ = std::move(saved_funcs);
  chan_types_ = std::move(saved_chans);
  map_keys_ = std::move(saved_keys);
  decl_obj_ = saved_decl;
  return pkg;
}

void Checker::CheckChanElemSizes() {
  // After other errors a type may be invalid or cyclic: sizes are only asked of sound ones.
  if (diags_.error_count() != 0) {
    chan_types_.clear();
    return;
  }
  Arch arch{"", word_size_, word_size_};
  Sizes sizes(arch);
  for (const auto& [pos, c] : chan_types_) {
    if (c->elem != nullptr && sizes.SizeOf(c->elem) >= int64_t{1} << 16) {
      Error(pos, "channel element type too large (>64kB)");
    }
  }
  chan_types_.clear();
}

void Checker::CheckMapKeys() {
  for (const auto& [pos, key] : map_keys_) {
    if (key == nullptr || Underlying(key) == nullptr || Comparable(key)) continue;
    Error(pos, "invalid map key type ", TypeString(key));
  }
  map_keys_.clear();
}

// Function signatures, and methods attached to their receiver's base type.
void Checker::CollectMethods(std::span<ast::File* const> files) {
  for (size_t i = 0; i < files.size(); ++i) {
    current_scope_ = file_scopes_[i];
    for (const ast::Decl* d : files[i]->decls) {
      const auto* f = d->As<ast::FuncDecl>();
      if (f == nullptr) continue;
      const Signature* sig = SignatureOf(f->type);
      func_sigs_[f] = sig;
      if (info_ != nullptr) info_->funcs[f] = Info::FuncDeclInfo{sig, nullptr, false};
      if (f->recv == nullptr) {
        if (Object* obj = package_scope_->LookupLocal(f->name->name); obj && obj->decl == f) {
          obj->type = sig;
        }
        if ((f->name->name == "main" || f->name->name == "init") &&
            (!f->type->params.empty() || !f->type->results.empty())) {
          Error(f->name->pos, "func ", std::string(f->name->name),
                " must have no arguments and no return values");
        }
        continue;
      }
      const ast::Expr* rt = f->recv->type;
      if (const auto* p = rt->As<ast::ParenExpr>()) rt = p->x;
      if (const auto* star = rt->As<ast::StarExpr>()) rt = star->x;
      const auto* base = rt->As<ast::Ident>();
      Object* obj = base != nullptr ? package_scope_->LookupLocal(base->name) : nullptr;
      if (obj == nullptr || obj->kind != ObjectKind::TypeName) continue;  // reported with bodies
      const auto* named = As<Named>(ResolveTypeName(obj));
      if (named == nullptr) continue;
      std::vector<MethodDecl>& list = methods_[named];
      if (f->name->name != "_" &&
          std::any_of(list.begin(), list.end(), [&](const MethodDecl& m) { return m.name == f->name->name; })) {
        Error(f->name->pos, "method ", std::string(named->name), ".", std::string(f->name->name),
              " already declared");
        continue;
      }
      bool pointer = f->recv->type->kind == ast::NodeKind::StarExpr ||
                     (f->recv->type->kind == ast::NodeKind::ParenExpr &&
                      static_cast<const ast::ParenExpr*>(f->recv->type)->x->kind == ast::NodeKind::StarExpr);
      list.push_back(MethodDecl{f->name->name, sig, pointer, f});
      if (info_ != nullptr) info_->funcs[f] = Info::FuncDeclInfo{sig, named, pointer};
    }
  }
  current_scope_ = package_scope_;
}

// Package-level variables: initialisers, and the types of variables declared without one. A
// variable used before its declaration is checked when it is first used (VarSpec from Ident).
void Checker::CheckPackageVars() {
  for (size_t i = 0; i < package_var_specs_.size(); ++i) {
    const PackageVarSpec& s = package_var_specs_[i];
    if (!s.lhs.empty()) VarSpec(s.lhs[0], s.spec);
  }
  current_scope_ = package_scope_;
}

void Checker::VarSpec(Object* obj, const ast::ValueSpec* spec) {
  if (spec->values.empty() || !checked_var_specs_.insert(spec).second) return;
  Scope* saved_scope = current_scope_;
  FuncContext* saved_func = func_;
  Object* saved_decl = decl_obj_;
  func_ = nullptr;
  current_scope_ = object_file_scope_[obj];
  const std::vector<Object*>& lhs = package_var_specs_[var_spec_of_.at(spec)].lhs;
  auto restore = [&] {
    current_scope_ = saved_scope;
    func_ = saved_func;
    decl_obj_ = saved_decl;
  };
  std::vector<Operand> values;
  size_t l = spec->names.size(), r = spec->values.size();
  if (l == r) {
    // One initializer per variable: each is a dependency source of its own.
    for (size_t i = 0; i < r; ++i) {
      decl_obj_ = lhs[i];
      values.emplace_back();
      Expr(values.back(), spec->values[i]);
    }
  } else {
    decl_obj_ = lhs[0];
    std::optional<std::vector<Operand>> checked = VarDeclValues(spec);
    for (size_t i = 1; i < lhs.size(); ++i) deps_[lhs[i]] = deps_[lhs[0]];
    if (!checked) {
      for (Object* v : lhs) {
        if (v->type == nullptr) v->type = Invalid();
      }
      restore();
      return;
    }
    values = std::move(*checked);
  }
  for (size_t i = 0; i < spec->names.size(); ++i) {
    Object* v = lhs[i];
    bool own = true;
    if (values[i].IsInvalid()) {
      if (own && v->type == nullptr) v->type = Invalid();
      continue;
    }
    if (spec->type != nullptr) {
      Assignment(values[i], own ? v->type : TypeOf(spec->type), "variable declaration");
    } else {
      if (values[i].mode == OperandMode::Nil) {
        Error(ast::StartPos(spec->values[std::min(i, spec->values.size() - 1)]),
              "use of untyped nil in variable declaration");
        if (own) v->type = Invalid();
        continue;
      }
      DefaultUntyped(values[i], "variable declaration");
      if (own) v->type = values[i].IsInvalid() ? Invalid() : values[i].type;
    }
  }
  restore();
}

void Checker::CheckBodies(std::span<ast::File* const> files) {
  for (size_t i = 0; i < files.size(); ++i) {
    current_scope_ = file_scopes_[i];
    for (const ast::Decl* d : files[i]->decls) {
      const auto* f = d->As<ast::FuncDecl>();
      if (f == nullptr || f->body == nullptr || !f->type->type_params.empty()) continue;
      const Signature* sig = func_sigs_[f];
      Object* fn = f->recv != nullptr ? MethodObject(f) : package_scope_->LookupLocal(f->name->name);
      if (fn != nullptr && fn->decl != f) fn = nullptr;  // init, _, or a redeclaration
      if (fn != nullptr) package_funcs_.push_back(fn);
      decl_obj_ = fn;
      Object* recv = nullptr;
      if (f->recv != nullptr) {
        std::string_view rname = f->recv->names.empty() ? "" : f->recv->names[0]->name;
        recv = NewObject(ObjectKind::Var, rname, f->recv->pos);
        recv->type = TypeOf(f->recv->type);
        recv->used = true;
        if (!f->recv->names.empty()) RecordDef(f->recv->names[0], recv);
      }
      CheckFuncBody(f->body, sig, recv, f->type);
      decl_obj_ = nullptr;
    }
  }
  current_scope_ = package_scope_;
}

void Checker::ReportUnusedImports(const std::vector<Scope*>& file_scopes) {
  for (Scope* scope : file_scopes) {
    for (std::string_view name : scope->names()) {
      const Object* obj = scope->LookupLocal(name);
      if (obj->kind != ObjectKind::Package || obj->used) continue;
      std::string path(obj->import_path);
      std::string_view last = obj->import_path.substr(obj->import_path.rfind('/') + 1);
      if (obj->name != last) {
        Error(obj->pos, "imported and not used: \"", path, "\" as ", std::string(obj->name));
      } else {
        Error(obj->pos, "imported and not used: \"", path, "\"");
      }
    }
  }
}

auto Checker::ResolveType(const ast::Expr* e) -> const Type* {
  Scope* saved = current_scope_;
  current_scope_ = package_scope_;
  const Type* t = TypeOf(e);
  current_scope_ = saved;
  return t;
}

// Resolves a package-level type name: creates its Named type, then its underlying type.
// resolving_ is the path of type names being resolved, with a nullptr for each indirection
// (pointer, slice, map, channel, function, interface) entered on the way: meeting a name of the
// path again is an invalid cycle unless an indirection lies between.
auto Checker::ResolveTypeName(Object* obj) -> const Type* {
  if (obj->type != nullptr) {
    const auto* named = As<Named>(obj->type);
    if (named == nullptr || named->underlying != nullptr) return obj->type;
    auto start = std::find(resolving_.begin(), resolving_.end(), obj);
    if (start != resolving_.end() && std::find(start, resolving_.end(), nullptr) == resolving_.end()) {
      ReportCycle(start);
      const_cast<Named*>(named)->underlying = Invalid();
    }
    return obj->type;
  }
  // An alias met again while it is being resolved is a cycle, indirections or not.
  if (auto start = std::find(resolving_.begin(), resolving_.end(), obj); start != resolving_.end()) {
    ReportCycle(start);
    obj->type = Invalid();
    return obj->type;
  }
  const auto* spec = static_cast<const ast::TypeSpec*>(obj->decl);
  Scope* saved = current_scope_;
  current_scope_ = object_file_scope_.count(obj) ? object_file_scope_[obj] : package_scope_;
  resolving_.push_back(obj);
  if (spec->is_alias) {
    obj->type = TypeOf(spec->type);
  } else {
    Named* named = NewType<Named>();
    named->name = obj->name;
    named->pos = obj->pos;
    if (current_package_ != nullptr) {
      named->pkg_name = current_package_->name;
      named->pkg_path = current_package_->path;
    }
    obj->type = named;  // visible to indirect self-references while the underlying type resolves
    const Type* rhs = TypeOf(spec->type);
    const Type* under = Underlying(rhs);
    if (named->underlying == nullptr) {
      if (under != nullptr) {
        named->underlying = under;
      } else if (const auto* other = As<Named>(rhs); other != nullptr && other != named) {
        pending_underlying_.emplace_back(named, other);
      } else {
        named->underlying = Invalid();
      }
    }
    ResolvePendingUnderlying();
  }
  resolving_.pop_back();
  current_scope_ = saved;
  return obj->type;
}

void Checker::ResolvePendingUnderlying() {
  for (bool changed = true; changed;) {
    changed = false;
    for (auto it = pending_underlying_.begin(); it != pending_underlying_.end();) {
      auto [named, other] = *it;
      if (other->underlying == nullptr) {
        ++it;
        continue;
      }
      if (named->underlying == nullptr) named->underlying = other->underlying;
      it = pending_underlying_.erase(it);
      changed = true;
    }
  }
}

// gc's report of a cycle: the first name, then each name of the cycle as a continuation line.
void Checker::ReportCycle(std::vector<const Object*>::iterator start) {
  const Object* first = *start;
  std::string msg = "invalid recursive type " + std::string(first->name);
  for (auto it = start; it != resolving_.end(); ++it) {
    if (*it == nullptr) continue;
    msg += "\n\t" + diags_.FormatPos((*it)->pos) + ": " + std::string((*it)->name) + " refers to";
  }
  msg += "\n\t" + diags_.FormatPos(first->pos) + ": " + std::string(first->name);
  diags_.Report(first->pos, DiagKind::NonSyntax, msg);
}

// Type = TypeName | TypeLit | "(" Type ")" .
auto Checker::TypeOf(const ast::Expr* e) -> const Type* {
  switch (e->kind) {
    case ast::NodeKind::Ident: {
      const auto* id = static_cast<const ast::Ident*>(e);
      Object* obj = current_scope_->Lookup(id->name);
      if (obj == nullptr) {
        Error(id->pos, "undefined: ", std::string(id->name));
        return Invalid();
      }
      if (obj->kind != ObjectKind::TypeName) {
        Error(id->pos, std::string(id->name), " is not a type");
        return Invalid();
      }
      RecordUse(id, obj);  // as go/types does for every identifier in a type
      return obj->decl != nullptr ? ResolveTypeName(obj) : obj->type;
    }
    case ast::NodeKind::SelectorExpr: {
      const auto* sel = static_cast<const ast::SelectorExpr*>(e);
      const auto* pkg_id = sel->x->As<ast::Ident>();
      Object* pkg = pkg_id != nullptr ? current_scope_->Lookup(pkg_id->name) : nullptr;
      if (pkg != nullptr && pkg->kind == ObjectKind::Package) pkg->used = true;
      if (pkg != nullptr && pkg->kind == ObjectKind::Package && pkg->import_path == "unsafe" &&
          sel->sel->name == "Pointer") {
        return BasicType(BasicKind::UnsafePointer);
      }
      if (pkg != nullptr && pkg->kind == ObjectKind::Package && pkg->package != nullptr) {
        Object* member = pkg->package->scope->LookupLocal(sel->sel->name);
        if (member == nullptr) {
          Error(sel->sel->pos, "undefined: ", std::string(pkg_id->name), ".",
                std::string(sel->sel->name));
          return Invalid();
        }
        if (member->kind != ObjectKind::TypeName) {
          Error(sel->pos, ExprString(sel), " is not a type");
          return Invalid();
        }
        RecordUse(pkg_id, pkg);
        RecordUse(sel->sel, member);
        return member->decl != nullptr ? ResolveTypeName(member) : member->type;
      }
      // Other packages' types arrive with package loading (stdlib/).
      return Invalid();
    }
    case ast::NodeKind::ParenExpr:
      return TypeOf(static_cast<const ast::ParenExpr*>(e)->x);
    case ast::NodeKind::StarExpr: {
      Pointer* p = NewType<Pointer>();
      p->elem = TypeBehindIndirection(static_cast<const ast::StarExpr*>(e)->x);
      return p;
    }
    case ast::NodeKind::ArrayType: {
      const auto* at = static_cast<const ast::ArrayType*>(e);
      if (at->len == nullptr) {
        Slice* s = NewType<Slice>();
        s->elem = TypeBehindIndirection(at->elem);
        return s;
      }
      // The length: a constant representable as int.
      Operand n;
      Expr(n, at->len);
      int64_t len = 0;
      if (n.IsInvalid()) return Invalid();
      std::optional<Value> iv = n.mode == OperandMode::Constant ? n.value.ToInt() : std::nullopt;
      std::optional<int64_t> i64 = iv ? iv->int_value().ToInt64() : std::nullopt;
      if (n.mode != OperandMode::Constant) {
        Error(ast::StartPos(at->len), "array length ", OperandString(n), " must be constant");
        return Invalid();
      }
      if (!i64 || *i64 < 0 || !(IsInteger(n.type) || IsUntyped(n.type))) {
        Error(ast::StartPos(at->len), "invalid array length ", ExprString(at->len));
        return Invalid();
      }
      len = *i64;
      Array* a = NewType<Array>();
      a->len = len;
      a->elem = TypeOf(at->elem);
      return a;
    }
    case ast::NodeKind::StructType:
      return StructOf(static_cast<const ast::StructType*>(e));
    case ast::NodeKind::MapType: {
      const auto* mt = static_cast<const ast::MapType*>(e);
      Map* m = NewType<Map>();
      m->key = TypeBehindIndirection(mt->key);
      m->value = TypeBehindIndirection(mt->value);
      map_keys_.emplace_back(mt->key->pos, m->key);
      return m;
    }
    case ast::NodeKind::ChanType: {
      const auto* ct = static_cast<const ast::ChanType*>(e);
      Chan* c = NewType<Chan>();
      c->dir = ct->dir == ast::ChanDir::Send   ? ChanDir::Send
               : ct->dir == ast::ChanDir::Recv ? ChanDir::Recv
                                               : ChanDir::Both;
      c->elem = TypeBehindIndirection(ct->elem);
      chan_types_.emplace_back(ct->pos, c);
      return c;
    }
    case ast::NodeKind::FuncType: {
      resolving_.push_back(nullptr);
      const Type* t = SignatureOf(static_cast<const ast::FuncType*>(e));
      resolving_.pop_back();
      return t;
    }
    case ast::NodeKind::InterfaceType:
      // Method signatures are behind an indirection; embedded interfaces are not (InterfaceOf).
      return InterfaceOf(static_cast<const ast::InterfaceType*>(e));
    case ast::NodeKind::IndexExpr:
      if (!reported_generics_) {
        reported_generics_ = true;
        diags_.Report(e->pos, DiagKind::Unsupported, "type parameters");
      }
      return Invalid();
    default:
      Error(e->pos, ExprString(e), " is not a type");
      return Invalid();
  }
}

auto Checker::TypeBehindIndirection(const ast::Expr* e) -> const Type* {
  resolving_.push_back(nullptr);
  const Type* t = TypeOf(e);
  resolving_.pop_back();
  return t;
}

auto Checker::StructOf(const ast::StructType* st) -> const Type* {
  std::vector<Var> fields;
  std::vector<std::string_view> tags;
  bool any_tag = false;
  for (const ast::Field* f : st->fields) {
    const Type* type = TypeOf(f->type);
    std::string_view tag = f->tag != nullptr ? f->tag->value : std::string_view();
    any_tag |= f->tag != nullptr;
    if (f->names.empty()) {
      // An embedded field is named after its type name: T, *T, pkg.T.
      const ast::Expr* t = f->type;
      if (const auto* star = t->As<ast::StarExpr>()) t = star->x;
      if (const auto* sel = t->As<ast::SelectorExpr>()) t = sel->sel;
      std::string_view name = t->As<ast::Ident>() ? t->As<ast::Ident>()->name : "?";
      fields.push_back(Var{name, type, f->pos, true});
      tags.push_back(tag);
      continue;
    }
    for (const ast::Ident* name : f->names) {
      fields.push_back(Var{name->name, type, name->pos, false});
      tags.push_back(tag);
    }
  }
  Struct* s = NewType<Struct>();
  s->fields = Copy(fields);
  if (any_tag) s->tags = Copy(tags);
  return s;
}

auto Checker::SignatureOf(const ast::FuncType* ft) -> const Signature* {
  auto vars = [&](ast::List<ast::Field> list, bool* variadic) {
    std::vector<Var> out;
    for (const ast::Field* f : list) {
      const ast::Expr* texpr = f->type;
      if (const auto* dots = texpr->As<ast::Ellipsis>(); dots && variadic != nullptr) {
        *variadic = true;
        Slice* s = NewType<Slice>();
        s->elem = TypeOf(dots->elem);
        if (f->names.empty()) out.push_back(Var{"", s, f->pos, false});
        for (const ast::Ident* n : f->names) out.push_back(Var{n->name, s, n->pos, false});
        continue;
      }
      const Type* type = TypeOf(texpr);
      if (f->names.empty()) out.push_back(Var{"", type, f->pos, false});
      for (const ast::Ident* n : f->names) out.push_back(Var{n->name, type, n->pos, false});
    }
    return out;
  };
  Signature* sig = NewType<Signature>();
  bool variadic = false;
  sig->params = Copy(vars(ft->params, &variadic));
  sig->results = Copy(vars(ft->results, nullptr));
  sig->variadic = variadic;
  return sig;
}

auto Checker::InterfaceOf(const ast::InterfaceType* it) -> const Type* {
  std::vector<Method> methods;
  std::vector<const Type*> embeddeds;
  for (const ast::Field* f : it->elems) {
    if (!f->names.empty()) {
      resolving_.push_back(nullptr);
      methods.push_back(
          Method{f->names[0]->name, SignatureOf(static_cast<const ast::FuncType*>(f->type)),
                 f->names[0]->pos});
      resolving_.pop_back();
    } else {
      embeddeds.push_back(TypeOf(f->type));
    }
  }
  Interface* iface = NewType<Interface>();
  iface->methods = Copy(methods);
  iface->embeddeds = Copy(embeddeds);
  return iface;
}

}  // namespace gocc::types
