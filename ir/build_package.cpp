// Building a whole program: packages, their functions, methods, variables and initialisers.
//
// Packages come in dependency order (main last). For each package the builder first declares
// everything that can be referred to before it is built — a Function per function and method
// declaration (named as gc names the symbols: `pkg.F`, `pkg.T.M`, `pkg.(*T).M`, `pkg.init.0`),
// a GlobalVar per package variable, the method tables of named types (Program::AddMethod, which
// codegen turns into itabs), and wrappers for methods promoted through embedded fields — then
// pre-scans every body (build_ssa.cpp) and builds them.
//
// Initialisation (spec "Package initialization"): each package gets `pkg.init`, which assigns
// the package variables in the order the checker computed (Info::init_order) and then calls the
// package's init functions in source order. `main.init` first calls the initialisers of every
// other package in dependency order; codegen's gocc_main_init calls main.init, gocc_main_main
// calls main.main (docs/codegen.md).
//
// A function declared without a body in the bundled standard library is implemented in C. Its
// Function gets a one-call body: the runtime-call ABI call of `gocc_` + the package path with
// '/' and '.' replaced by '_' + '_' + the name (`os.runtime_args` -> gocc_os_runtime_args; a
// method adds its type: `gocc_pkg_T_M`, receiver first). Go code calls and takes the value of
// such a function like any other; LLVM inlines the stub.
#include <algorithm>

#include "ir/build_internal.h"
#include "typecheck/typestring.h"

namespace gocc::ir {

auto ProgramBuilder::TypeAndValueOf(const ast::Expr* e) const -> const types::TypeAndValue* {
  auto it = info_.types.find(e);
  if (it != info_.types.end()) return &it->second;
  if (const auto* p = e->As<ast::ParenExpr>()) return TypeAndValueOf(p->x);
  return nullptr;
}

auto ProgramBuilder::TypeOf(const ast::Expr* e) const -> const types::Type* {
  const types::TypeAndValue* tv = TypeAndValueOf(e);
  if (tv == nullptr || tv->type == nullptr) throw BuildError{e->pos, "expression without a recorded type"};
  return tv->type;
}

auto ProgramBuilder::ObjectOf(const ast::Ident* id) const -> types::Object* {
  if (auto it = info_.uses.find(id); it != info_.uses.end()) return it->second;
  if (auto it = info_.defs.find(id); it != info_.defs.end()) return it->second;
  return nullptr;
}

auto ProgramBuilder::SelectionOf(const ast::SelectorExpr* e) const -> const types::Selection* {
  auto it = info_.selections.find(e);
  return it == info_.selections.end() ? nullptr : &it->second;
}

auto ProgramBuilder::FuncOf(const types::Object* obj) -> Function* {
  auto it = funcs_.find(obj);
  return it == funcs_.end() ? nullptr : it->second;
}

auto ProgramBuilder::MethodOf(const ast::FuncDecl* decl) -> Function* {
  auto it = methods_.find(decl);
  return it == methods_.end() ? nullptr : it->second;
}

auto ProgramBuilder::GlobalOf(const types::Object* obj) -> GlobalVar* {
  auto it = globals_.find(obj);
  return it == globals_.end() ? nullptr : it->second;
}

auto ProgramBuilder::DeclaredMethod(const types::Named* t, std::string_view name, bool* pointer_receiver)
    -> Function* {
  for (const MethodEntry& m : program_->MethodsOf(t)) {
    if (m.name == name && m.func->is_method) {
      if (pointer_receiver != nullptr) *pointer_receiver = m.pointer_receiver;
      return m.func;
    }
  }
  return nullptr;
}

auto ProgramBuilder::ArrayOf(const types::Type* elem, int64_t len) -> const types::Type* {
  auto* t = program_->arena().New<types::Array>();
  t->kind = types::TypeKind::Array;
  t->elem = elem;
  t->len = len;
  return t;
}

auto ProgramBuilder::SignatureOf(std::vector<const types::Type*> params, std::vector<const types::Type*> results,
                                 bool variadic) -> const types::Signature* {
  std::vector<types::Var> ps, rs;
  for (const auto* p : params) ps.push_back(types::Var{"", p, Pos{}, false});
  for (const auto* r : results) rs.push_back(types::Var{"", r, Pos{}, false});
  auto* sig = program_->arena().New<types::Signature>();
  sig->kind = types::TypeKind::Signature;
  sig->params = program_->arena().Copy(ps);
  sig->results = program_->arena().Copy(rs);
  sig->variadic = variadic;
  return sig;
}

void ProgramBuilder::Error(Pos pos, std::string message) {
  failed_ = true;
  diags_.Report(pos, DiagKind::NonSyntax, "gocc: internal compiler error: " + message);
}

void ProgramBuilder::Unsupported(Pos pos, std::string_view what) {
  failed_ = true;
  diags_.Report(pos, DiagKind::Unsupported, what);
}

auto ProgramBuilder::QualifiedName(std::string_view name) const -> std::string {
  return std::string(package_path_) + "." + std::string(name);
}

auto ProgramBuilder::MethodSymbol(const types::Named* t, std::string_view method, bool pointer) const
    -> std::string {
  std::string pkg(t->pkg_path.empty() ? package_path_ : t->pkg_path);
  if (pointer) return pkg + ".(*" + std::string(t->name) + ")." + std::string(method);
  return pkg + "." + std::string(t->name) + "." + std::string(method);
}

namespace {

auto Mangle(std::string_view s) -> std::string {
  std::string out(s);
  for (char& c : out) {
    if (c == '/' || c == '.') c = '_';
  }
  return out;
}

}  // namespace

void ProgramBuilder::DeclarePackage(const PackageFiles& pkg) {
  package_path_ = pkg.path;
  int init_count = 0;
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* decl : file->decls) {
      if (const auto* f = decl->As<ast::FuncDecl>()) {
        if (!f->type->type_params.empty()) continue;
        auto it = info_.funcs.find(f);
        if (it == info_.funcs.end() || f->name->name == "_") continue;
        const types::Info::FuncDeclInfo& fi = it->second;
        if (f->recv == nullptr) {
          if (f->name->name == "init") {
            Function* fn = program_->NewFunction(QualifiedName("init." + std::to_string(init_count++)), fi.sig,
                                                 f->name->pos);
            methods_[f] = fn;
            continue;
          }
          types::Object* obj = ObjectOf(f->name);
          Function* fn = program_->NewFunction(QualifiedName(f->name->name), fi.sig, f->name->pos);
          if (obj != nullptr) funcs_[obj] = fn;
          methods_[f] = fn;
          continue;
        }
        if (fi.recv == nullptr) continue;
        Function* fn = program_->NewFunction(MethodSymbol(fi.recv, f->name->name, fi.pointer_receiver), fi.sig,
                                             f->name->pos);
        fn->is_method = true;
        methods_[f] = fn;
        program_->AddMethod(fi.recv, f->name->name, fn, fi.pointer_receiver);
        continue;
      }
      const auto* g = decl->As<ast::GenDecl>();
      if (g == nullptr || g->tok != lex::TokenKind::Var) continue;
      for (const ast::Node* spec : g->specs) {
        const auto* vs = spec->As<ast::ValueSpec>();
        if (vs == nullptr) continue;
        for (const ast::Ident* name : vs->names) {
          types::Object* obj = ObjectOf(name);
          if (obj == nullptr || name->name == "_") continue;
          globals_[obj] = program_->NewGlobal(*program_->Intern(QualifiedName(name->name)), obj->type, name->pos);
        }
      }
    }
  }
}

// A body for a function implemented in C: call gocc_<pkg>_<name> with the runtime-call ABI.
void ProgramBuilder::BuildExternalStub(Function* fn, const ast::FuncDecl* decl, const types::Named* recv) {
  const types::Signature* sig = fn->signature();
  std::vector<Value*> args;
  if (recv != nullptr) {
    const auto& fi = info_.funcs.at(decl);
    const types::Type* rt = fi.pointer_receiver ? static_cast<const types::Type*>(program_->PointerTo(recv)) : recv;
    args.push_back(fn->AddParam("recv", rt, decl->pos));
  }
  for (size_t i = 0; i < sig->params.size(); ++i) {
    Pos pos = sig->params[i].pos.IsValid() ? sig->params[i].pos : decl->pos;  // escape's "p does not escape"
    args.push_back(fn->AddParam(sig->params[i].name, sig->params[i].type, pos));
  }
  std::string symbol = "gocc_" + Mangle(package_path_) + "_";
  if (recv != nullptr) symbol += std::string(recv->name) + "_";
  symbol += std::string(decl->name->name);
  Builder b(fn);
  b.SetBlock(fn->NewBlock("entry"));
  b.SetPos(decl->pos);
  Value* r = b.CallRuntime(symbol, program_->ResultType(sig), args);
  std::vector<Value*> results;
  if (sig->results.size() == 1) {
    results.push_back(r);
  } else {
    for (size_t i = 0; i < sig->results.size(); ++i) results.push_back(b.Extract(r, static_cast<int>(i)));
  }
  b.Return(results);
}

void ProgramBuilder::BuildPackageBodies(const PackageFiles& pkg) {
  package_path_ = pkg.path;
  // Pre-scan first: closures in one function may capture variables of another's literal.
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* decl : file->decls) {
      if (const auto* f = decl->As<ast::FuncDecl>()) {
        if (f->body != nullptr) ScanFunction(f);
      } else if (const auto* g = decl->As<ast::GenDecl>(); g != nullptr && g->tok == lex::TokenKind::Var) {
        for (const ast::Node* spec : g->specs) ScanFunction(spec);
      }
    }
  }
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* decl : file->decls) {
      const auto* f = decl->As<ast::FuncDecl>();
      if (f == nullptr) continue;
      Function* fn = MethodOf(f);
      if (fn == nullptr) continue;
      try {
        if (f->body == nullptr) {
          BuildExternalStub(fn, f, f->recv != nullptr ? info_.funcs.at(f).recv : nullptr);
          continue;
        }
        FunctionBuilder fb(*this, fn);
        fb.BuildBody(f, f->recv, f->type, f->body);
        fb.Finish();
      } catch (const BuildError& e) {
        Error(e.pos, e.message);
      }
    }
  }
}

auto ProgramBuilder::BuildPackageInit(const PackageFiles& pkg, std::span<Function* const> dep_inits) -> Function* {
  package_path_ = pkg.path;
  Function* fn = program_->NewFunction(QualifiedName("init"), SignatureOf({}, {}, false));
  std::vector<Function*> calls;
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* decl : file->decls) {
      const auto* f = decl->As<ast::FuncDecl>();
      if (f != nullptr && f->recv == nullptr && f->name->name == "init" && f->body != nullptr) {
        if (Function* init = MethodOf(f)) calls.push_back(init);
      }
    }
  }
  static const std::vector<types::Info::Initializer> kNone;
  auto it = info_.init_order.find(pkg.package);
  const auto& inits = it != info_.init_order.end() ? it->second : kNone;
  try {
    FunctionBuilder fb(*this, fn);
    fb.BuildInit(inits, dep_inits, calls);
    fb.Finish();
  } catch (const BuildError& e) {
    Error(e.pos, e.message);
  }
  return fn;
}

void ProgramBuilder::Build(std::span<const PackageFiles> packages) {
  for (const PackageFiles& pkg : packages) DeclarePackage(pkg);
  for (const PackageFiles& pkg : packages) AddPromotedMethods(pkg);
  AddUnnamedStructMethods();
  std::vector<Function*> inits;
  for (const PackageFiles& pkg : packages) {
    if (!pkg.bodies) continue;
    BuildPackageBodies(pkg);
    if (pkg.path == "main") {
      BuildPackageInit(pkg, inits);
    } else {
      inits.push_back(BuildPackageInit(pkg, {}));
    }
    // After the initialiser: the literals of variable initialisers (glob..func1) are costed too.
    if (pkg.inline_costs) ComputeInlineCosts(pkg);
  }
}

auto BuildProgram(std::span<const PackageFiles> packages, const types::Info& info, const types::Sizes& sizes,
                  Program::BasicLookup basic, Diagnostics& diags, bool prune) -> std::unique_ptr<Program> {
  auto program = std::make_unique<Program>(std::move(basic));
  ProgramBuilder pb(info, sizes, program.get(), diags);
  std::string_view saved = types::TypeStringPackage();
  pb.Build(packages);
  types::SetTypeStringPackage(saved);
  if (pb.failed()) return nullptr;
  if (prune) PruneUnreachable(*program);
  return program;
}

}  // namespace gocc::ir
