// Building Go types and IR programs by hand for the IR and codegen tests: the universe's basic
// types come from a real Checker; composite types are made in an arena the way the checker does.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ir/ir.h"
#include "support/arena.h"
#include "support/diagnostics.h"
#include "support/source.h"
#include "typecheck/check.h"

namespace gocc::testing {

class TypeKit {
 public:
  TypeKit() : diags_(sources_), checker_(arena_, diags_) {}

  auto Basic(types::BasicKind k) -> const types::Type* { return checker_.BasicType(k); }
  auto Int() -> const types::Type* { return Basic(types::BasicKind::Int); }
  auto Bool() -> const types::Type* { return Basic(types::BasicKind::Bool); }
  auto String() -> const types::Type* { return Basic(types::BasicKind::String); }
  auto Float64() -> const types::Type* { return Basic(types::BasicKind::Float64); }

  template <typename T>
  auto New() -> T* {
    T* t = arena_.New<T>();
    t->kind = T::kKind;
    return t;
  }
  auto Slice(const types::Type* elem) -> const types::Type* {
    auto* t = New<types::Slice>();
    t->elem = elem;
    return t;
  }
  auto Array(const types::Type* elem, int64_t n) -> const types::Type* {
    auto* t = New<types::Array>();
    t->elem = elem;
    t->len = n;
    return t;
  }
  auto Pointer(const types::Type* elem) -> const types::Type* {
    auto* t = New<types::Pointer>();
    t->elem = elem;
    return t;
  }
  auto Map(const types::Type* k, const types::Type* v) -> const types::Type* {
    auto* t = New<types::Map>();
    t->key = k;
    t->value = v;
    return t;
  }
  auto Struct(std::vector<std::pair<std::string, const types::Type*>> fields) -> const types::Type* {
    std::vector<types::Var> vars;
    for (auto& [name, type] : fields) vars.push_back({Keep(name), type, {}, false});
    auto* t = New<types::Struct>();
    t->fields = arena_.Copy(vars);
    return t;
  }
  auto Named(std::string name, const types::Type* underlying) -> const types::Named* {
    auto* t = New<types::Named>();
    t->name = Keep(name);
    t->pkg_name = "main";
    t->pkg_path = "main";
    t->underlying = underlying;
    return t;
  }
  auto Sig(std::vector<const types::Type*> params, std::vector<const types::Type*> results,
           bool variadic = false) -> const types::Signature* {
    std::vector<types::Var> ps, rs;
    for (const auto* p : params) ps.push_back({"", p, {}, false});
    for (const auto* r : results) rs.push_back({"", r, {}, false});
    auto* t = New<types::Signature>();
    t->params = arena_.Copy(ps);
    t->results = arena_.Copy(rs);
    t->variadic = variadic;
    return t;
  }
  auto Interface() -> const types::Type* { return New<types::Interface>(); }

  auto NewProgram() -> std::unique_ptr<ir::Program> {
    return std::make_unique<ir::Program>([this](types::BasicKind k) { return checker_.BasicType(k); });
  }
  auto sources() -> SourceMap& { return sources_; }

 private:
  auto Keep(const std::string& s) -> std::string_view {
    kept_.push_back(std::make_unique<std::string>(s));
    return *kept_.back();
  }
  SourceMap sources_;
  Diagnostics diags_;
  Arena arena_;
  types::Checker checker_;
  std::vector<std::unique_ptr<std::string>> kept_;
};

}  // namespace gocc::testing
