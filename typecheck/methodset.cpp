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

auto Checker::FindMethod(const Type* t, std::string_view name) -> FoundMethod {
  // Breadth-first through embedded fields: the shallowest method wins. A method with a pointer
  // receiver is in the method set when the path to it goes through a pointer (t itself, or an
  // embedded *T).
  struct Entry {
    const Type* type;
    bool through_pointer;
  };
  std::vector<Entry> level{{t, As<Pointer>(t) != nullptr}};
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<Entry> next;
    for (const Entry& cur : level) {
      const Type* base = As<Pointer>(cur.type) ? As<Pointer>(cur.type)->elem : cur.type;
      if (const auto* named = As<Named>(base)) {
        auto it = methods_.find(named);
        if (it != methods_.end()) {
          for (const MethodDecl& m : it->second) {
            if (m.name == name) return FoundMethod{m.type, m.pointer_receiver && !cur.through_pointer};
          }
        }
      }
      const Type* u = Underlying(base);
      if (const auto* iface = As<Interface>(u)) {
        for (const Method& m : InterfaceMethods(iface)) {
          if (m.name == name) return FoundMethod{m.type, false};
        }
      }
      if (const auto* st = As<Struct>(u)) {
        for (const Var& f : st->fields) {
          if (f.embedded) next.push_back(Entry{f.type, cur.through_pointer || As<Pointer>(f.type) != nullptr});
        }
      }
    }
    level = std::move(next);
  }
  return {};
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
