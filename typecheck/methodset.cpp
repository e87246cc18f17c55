// Method sets and interface satisfaction (spec "Method sets", "Implementing an interface").
#include <algorithm>

#include "typecheck/check.h"
#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::types {

// All methods of an interface, its embedded interfaces' included (each interface once, so a
// cycle, already reported as an invalid recursive type, cannot loop).
auto Checker::InterfaceMethods(const Interface* iface) -> std::vector<Method> {
  std::vector<Method> all;
  std::vector<const Interface*> seen;
  std::vector<const Interface*> work{iface};
  while (!work.empty()) {
    const Interface* cur = work.back();
    work.pop_back();
    if (std::find(seen.begin(), seen.end(), cur) != seen.end()) continue;
    seen.push_back(cur);
    for (const Method& m : cur->methods) {
      if (std::none_of(all.begin(), all.end(), [&](const Method& x) { return x.name == m.name; })) {
        all.push_back(m);
      }
    }
    for (const Type* e : cur->embeddeds) {
      const Type* u = e;
      while (const auto* n = As<Named>(u)) u = n->underlying;  // nullptr while unresolved
      if (const auto* inner = As<Interface>(u)) work.push_back(inner);
    }
  }
  return all;
}

auto Checker::LookupFieldOrMethod(const Type* t, std::string_view name) -> FieldOrMethod {
  struct Entry {
    const Type* type;
    std::vector<int> path;
    bool indirect;
    bool multiples;  // reached along more than one path at this depth
  };
  FieldOrMethod result;
  bool start_indirect = false;
  if (const auto* named = As<Named>(t); named && As<Pointer>(named->underlying)) {
    // A named pointer type has the fields of its base type but no methods.
    FieldOrMethod r = LookupFieldOrMethod(named->underlying, name);
    if (r.kind == FieldOrMethod::Method) r = FieldOrMethod{};
    return r;
  }
  if (const auto* p = As<Pointer>(t)) {
    // (*T).x: T's methods and its struct's fields; a pointer to an interface has neither.
    if (As<Interface>(Underlying(p->elem))) return result;
    t = p->elem;
    start_indirect = true;
  }
  std::vector<Entry> current{{t, {}, start_indirect, false}};
  std::vector<const Named*> seen;
  auto found = [&](const Entry& e, FieldOrMethod candidate) {
    if (result.kind != FieldOrMethod::NotFound || e.multiples) {
      result.kind = FieldOrMethod::Ambiguous;
      return;
    }
    result = std::move(candidate);
  };
  while (!current.empty()) {
    std::vector<Entry> next;
    for (const Entry& e : current) {
      const Type* typ = e.type;
      if (const auto* named = As<Named>(typ)) {
        if (std::find(seen.begin(), seen.end(), named) != seen.end()) continue;
        seen.push_back(named);
        if (auto it = methods_.find(named); it != methods_.end()) {
          auto m = std::find_if(it->second.begin(), it->second.end(),
                                [&](const MethodDecl& d) { return d.name == name; });
          if (m != it->second.end()) {
            found(e, {FieldOrMethod::Method, e.path, e.indirect, m->type, named, m->pointer_receiver, m->decl});
            continue;
          }
        }
        typ = named->underlying;
        if (typ == nullptr) continue;  // being resolved
      }
      if (const auto* st = As<Struct>(typ)) {
        for (size_t i = 0; i < st->fields.size(); ++i) {
          const Var& f = st->fields[i];
          std::vector<int> path = e.path;
          path.push_back(static_cast<int>(i));
          if (f.name == name) {
            found(e, {FieldOrMethod::Field, std::move(path), e.indirect, f.type});
            continue;
          }
          if (result.kind == FieldOrMethod::NotFound && f.embedded) {
            const Type* ft = f.type;
            bool indirect = e.indirect;
            if (const auto* p = As<Pointer>(ft)) {
              ft = p->elem;
              indirect = true;
            }
            next.push_back(Entry{ft, std::move(path), indirect, e.multiples});
          }
        }
      } else if (const auto* iface = As<Interface>(typ)) {
        for (const Method& m : InterfaceMethods(iface)) {
          if (m.name == name) {
            found(e, {FieldOrMethod::Method, e.path, e.indirect, m.type, e.type, false, nullptr});
          }
        }
        if (result.kind == FieldOrMethod::NotFound) {
          // An embedded interface that is not resolved yet (an earlier error) may have it.
          for (const Type* emb : iface->embeddeds) {
            const Type* u = emb;
            while (const auto* n = As<Named>(u)) u = n->underlying;
            if (u == nullptr || As<Basic>(u)) result.kind = FieldOrMethod::Unknown;
          }
        }
      }
    }
    if (result.kind != FieldOrMethod::NotFound) return result;
    // The same named type reached twice at one depth: anything found in it is ambiguous.
    std::vector<Entry> merged;
    for (Entry& e : next) {
      auto same = std::find_if(merged.begin(), merged.end(), [&](const Entry& m) {
        return As<Named>(e.type) != nullptr && m.type == e.type;
      });
      if (same != merged.end()) {
        same->multiples = true;
      } else {
        merged.push_back(std::move(e));
      }
    }
    current = std::move(merged);
  }
  return result;
}

auto Checker::FindMethod(const Type* t, std::string_view name) -> FoundMethod {
  FieldOrMethod found = LookupFieldOrMethod(t, name);
  if (found.kind != FieldOrMethod::Method) return {};
  return FoundMethod{static_cast<const Signature*>(found.type),
                     found.pointer_receiver && !found.indirect};
}

auto Checker::Implements(const Type* t, const Type* iface_type, std::string* reason) -> bool {
  const auto* iface = As<Interface>(Underlying(iface_type));
  if (iface == nullptr) return false;
  const auto* tb = As<Basic>(Underlying(t));
  if (tb != nullptr && tb->basic == BasicKind::Invalid) return true;
  auto signature = [](std::string_view name, const Signature* sig) {
    std::string s = TypeString(sig);  // "func(...) ..."
    return std::string(name) + s.substr(4);
  };
  bool t_is_pointer = As<Pointer>(t) != nullptr;
  const auto* t_iface = As<Interface>(Underlying(t));
  for (const Method& m : InterfaceMethods(iface)) {
    FoundMethod found;
    if (t_iface != nullptr) {
      for (const Method& tm : InterfaceMethods(t_iface)) {
        if (tm.name == m.name) found.type = tm.type;
      }
    } else {
      found = FindMethod(t, m.name);
    }
    if (found.type == nullptr) {
      *reason = "(missing " + std::string(m.name) + " method)";
      return false;
    }
    if (!Identical(found.type, m.type)) {
      *reason = "(wrong type for " + std::string(m.name) + " method)\n\t\thave " +
                signature(m.name, found.type) + "\n\t\twant " + signature(m.name, m.type);
      return false;
    }
    // A method declared on *T is not in the method set of T.
    if (found.pointer_receiver && !t_is_pointer && t_iface == nullptr) {
      *reason = "(" + std::string(m.name) + " method has pointer receiver)";
      return false;
    }
  }
  return true;
}

}  // namespace gocc::types
