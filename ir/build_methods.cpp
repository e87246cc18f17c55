// Methods promoted through embedded fields, for method tables and itabs.
//
// Calls of promoted methods need nothing special: the Selection's path leads to the embedded
// receiver. But when a struct type is converted to an interface, its itab needs a function per
// method of its method set, including the promoted ones (spec "Struct types": the method set of
// S includes promoted methods with receiver T, and with receiver *T when S embeds *T; that of *S
// all of them). For each named struct type of the package, and each unnamed struct type with
// embedded fields the program mentions (`struct{ S }` converted to an interface needs an itab as
// much as a named one), this file finds the promoted methods breadth-first, as the spec's
// selector rule does (the shallowest depth wins; two at the same depth, or a field of that name
// at a shallower depth, hide the name), and synthesises one wrapper per method: `pkg.S.M` taking
// S by value when the method is in S's method set, else `pkg.(*S).M` taking *S (for a type
// literal `struct { pkg.T }.M` and `(*struct { pkg.T }).M`). The wrapper walks the embedded
// fields and calls the method (or invokes it, for an embedded interface). Program::AddMethod
// registers it with the declared methods.
#include <map>

#include "ir/build_internal.h"
#include "typecheck/typestring.h"

namespace gocc::ir {

namespace {

void CollectInterfaceMethods(const types::Interface* iface, std::vector<types::Method>* out) {
  for (const types::Method& m : iface->methods) out->push_back(m);
  for (const types::Type* e : iface->embeddeds) {
    if (const auto* sub = types::As<types::Interface>(Under(e))) CollectInterfaceMethods(sub, out);
  }
}

struct Promoted {
  std::vector<int> path;
  bool via_pointer = false;         // an embedded pointer lies on the path
  Function* target = nullptr;       // a declared method, or nullptr for an interface method
  bool target_pointer = false;      // the target has a pointer receiver
  std::string_view pkg_path;        // where the method was declared
  const types::Signature* sig = nullptr;
  int count = 0;                    // candidates at this depth (more than one: ambiguous)
};

}  // namespace

void ProgramBuilder::AddPromotedMethods(const PackageFiles& pkg) {
  package_path_ = pkg.path;
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* decl : file->decls) {
      const auto* g = decl->As<ast::GenDecl>();
      if (g == nullptr || g->tok != lex::TokenKind::Type) continue;
      for (const ast::Node* spec : g->specs) {
        const auto* ts = spec->As<ast::TypeSpec>();
        if (ts == nullptr || ts->is_alias || !ts->type_params.empty()) continue;
        const types::Object* obj = ObjectOf(ts->name);
        const auto* named = obj != nullptr ? types::As<types::Named>(obj->type) : nullptr;
        if (named == nullptr) continue;
        if (StructOf(named) != nullptr) PromoteMethods(named, StructOf(named));
        if (package_path_ == "main" && types::As<types::Interface>(Under(named)) == nullptr) AddPointerWrappers(named);
      }
    }
  }
}

// Unnamed struct types (`struct{ S }`, `[]struct{ *S }`) have the promoted methods too. Every
// type the checked program mentions is searched for them, in any position (a field, an element,
// a parameter), since any may be converted to an interface or described at run time; each such
// struct type is handled once, at its first mention in source order.
void ProgramBuilder::AddUnnamedStructMethods() {
  std::unordered_set<const types::Type*> seen;
  std::vector<std::pair<Pos, const types::Struct*>> found;
  std::function<void(const types::Type*, Pos)> visit = [&](const types::Type* t, Pos pos) {
    // Named and basic types hold no unnamed struct to look into (a named struct is a
    // declaration): most expressions have one, and they need no set insertion.
    if (t == nullptr || t->kind == types::TypeKind::Named || t->kind == types::TypeKind::Basic) return;
    if (!seen.insert(t).second) return;
    switch (t->kind) {
      case types::TypeKind::Pointer: visit(static_cast<const types::Pointer*>(t)->elem, pos); break;
      case types::TypeKind::Slice: visit(static_cast<const types::Slice*>(t)->elem, pos); break;
      case types::TypeKind::Array: visit(static_cast<const types::Array*>(t)->elem, pos); break;
      case types::TypeKind::Chan: visit(static_cast<const types::Chan*>(t)->elem, pos); break;
      case types::TypeKind::Map:
        visit(static_cast<const types::Map*>(t)->key, pos);
        visit(static_cast<const types::Map*>(t)->value, pos);
        break;
      case types::TypeKind::Signature: {
        const auto* sig = static_cast<const types::Signature*>(t);
        for (const types::Var& p : sig->params) visit(p.type, pos);
        for (const types::Var& r : sig->results) visit(r.type, pos);
        break;
      }
      case types::TypeKind::Struct: {
        const auto* st = static_cast<const types::Struct*>(t);
        bool embeds = false;
        for (const types::Var& f : st->fields) {
          embeds = embeds || f.embedded;
          visit(f.type, pos);
        }
        if (embeds) found.emplace_back(pos, st);
        break;
      }
      default: break;  // named types: their struct is a declaration, handled by AddPromotedMethods
    }
  };
  for (const auto& [expr, tv] : info_.types) visit(tv.type, expr->pos);
  for (const auto& [ident, obj] : info_.defs) {
    if (obj != nullptr) visit(obj->type, ident->pos);
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [pos, st] : found) {
    if (program_->MethodsOf(st).empty()) PromoteMethods(st, st);
  }
}

void ProgramBuilder::PromoteMethods(const types::Type* recv, const types::Struct* st) {
  std::unordered_set<std::string_view> decided;  // declared, found, hidden or ambiguous
  for (const MethodEntry& m : program_->MethodsOf(recv)) decided.insert(m.name);
  struct Level {
    const types::Struct* st;
    std::vector<int> path;
    bool via_pointer;
  };
  std::vector<Level> level{{st, {}, false}};
  std::vector<std::pair<std::string_view, Promoted>> accepted;
  std::unordered_set<const types::Named*> visited;
  if (recv->kind == types::TypeKind::Named) visited.insert(static_cast<const types::Named*>(recv));
  for (int depth = 0; !level.empty() && depth < 16; ++depth) {
    std::map<std::string_view, Promoted> found;
    std::vector<std::string_view> field_names;
    std::vector<Level> next;
    for (const Level& l : level) {
      for (size_t i = 0; i < l.st->fields.size(); ++i) {
        const types::Var& f = l.st->fields[i];
        field_names.push_back(f.name);
        if (!f.embedded) continue;
        const types::Type* ft = f.type;
        bool ptr = false;
        if (const types::Type* elem = PointerElem(ft)) {
          ft = elem;
          ptr = true;
        }
        std::vector<int> path = l.path;
        path.push_back(static_cast<int>(i));
        bool via = l.via_pointer || ptr;
        auto add = [&](std::string_view name, Function* target, bool target_ptr,
                       const types::Signature* sig, std::string_view pkg) {
          Promoted& p = found[name];
          if (p.count++ == 0) p = Promoted{path, via, target, target_ptr, pkg, sig, 1};
        };
        const auto* base = types::As<types::Named>(ft);
        if (base != nullptr) {
          for (const MethodEntry& m : program_->MethodsOf(base)) {
            if (promoted_.count(m.func) == 0)
              add(m.name, m.func, m.pointer_receiver, m.func->signature(), m.pkg_path);
          }
        }
        if (const auto* iface = types::As<types::Interface>(Under(ft))) {
          std::vector<types::Method> methods;
          CollectInterfaceMethods(iface, &methods);
          std::string_view pkg = base != nullptr ? base->pkg_path : std::string_view{};
          for (const types::Method& m : methods) add(m.name, nullptr, false, m.type, pkg);
        } else if (const types::Struct* sub = StructOf(ft)) {
          if (base == nullptr || visited.insert(base).second) next.push_back(Level{sub, path, via});
        }
      }
    }
    for (auto& [name, p] : found) {
      if (decided.count(name) != 0) continue;
      if (p.count == 1) accepted.emplace_back(name, p);
    }
    for (auto& [name, p] : found) decided.insert(name);
    for (std::string_view n : field_names) decided.insert(n);
    level = std::move(next);
  }
  const auto* named = recv->kind == types::TypeKind::Named ? static_cast<const types::Named*>(recv) : nullptr;
  for (const auto& [name, p] : accepted) {
    bool value_receiver = p.target == nullptr || !p.target_pointer || p.via_pointer;
    std::string symbol;
    if (named != nullptr) {
      symbol = MethodSymbol(named, name, !value_receiver);
    } else {  // gc's spelling for methods of type literals
      std::string type = types::TypeString(recv);
      symbol =
          value_receiver ? type + "." + std::string(name) : "(*" + type + ")." + std::string(name);
    }
    Function* fn = BuildForwarder(std::move(symbol), recv, !value_receiver, p.path, name, p.target,
                                  p.target_pointer, p.sig);
    promoted_.insert(fn);
    program_->AddMethod(recv, name, fn, !value_receiver, p.pkg_path);
    // gc also writes the *S wrapper of a method in S's method set (see AddPointerWrappers).
    if (value_receiver && named != nullptr && package_path_ == "main") {
      BuildForwarder(MethodSymbol(named, name, true), recv, true, p.path, name, p.target, p.target_pointer, p.sig);
    }
  }
}

void ProgramBuilder::AddPointerWrappers(const types::Named* t) {
  std::vector<MethodEntry> declared;
  for (const MethodEntry& m : program_->MethodsOf(t)) {
    if (!m.pointer_receiver && promoted_.count(m.func) == 0) declared.push_back(m);
  }
  for (const MethodEntry& m : declared) {
    BuildForwarder(MethodSymbol(t, m.name, true), t, true, {}, m.name, m.func, false, m.func->signature());
  }
}

auto ProgramBuilder::BuildForwarder(std::string symbol, const types::Type* recv, bool pointer,
                                    const std::vector<int>& path, std::string_view name, Function* target,
                                    bool target_pointer, const types::Signature* sig) -> Function* {
  const types::Type* recv_type = pointer ? program_->PointerTo(recv) : recv;
  Function* fn = program_->NewFunction(std::move(symbol), sig);
  fn->is_method = true;
  fn->wrapper = Function::Wrapper::kMethodSet;
  Value* r = fn->AddParam("recv", recv_type, Pos{});
  std::vector<Value*> args;
  for (const types::Var& v : sig->params) args.push_back(fn->AddParam(v.name, v.type, Pos{}));
  try {
    FunctionBuilder fb(*this, fn);
    fb.sig_ = sig;
    fb.builder().SetBlock(fn->NewBlock("entry"));
    FunctionBuilder::Place place{r, pointer, recv};
    place = fb.WalkPath(place, path);
    Value* result;
    if (target == nullptr) {
      result = fb.builder().Invoke(fb.PlaceValue(place), name, sig, args);
    } else {
      args.insert(args.begin(), fb.Receiver(place, target_pointer));
      result = fb.builder().Call(target, args);
    }
    std::vector<Value*> results;
    if (sig->results.size() == 1) {
      results.push_back(result);
    } else {
      for (size_t k = 0; k < sig->results.size(); ++k) {
        results.push_back(fb.builder().Extract(result, static_cast<int>(k)));
      }
    }
    fb.builder().Return(results);
    fb.Finish();
  } catch (const BuildError& e) {
    Error(e.pos, e.message);
  }
  return fn;
}

}  // namespace gocc::ir
