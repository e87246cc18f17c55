// The type checker: AST -> typed program (issue 3).
//
// This first part declares every package-level object, resolves named types to their underlying
// types (with cycle detection) and evaluates the integer constant expressions that array
// lengths need. Expressions and statements inside functions, untyped constant arithmetic with
// gc's precision, method sets and package loading from stdlib/ follow.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "support/arena.h"
#include "support/diagnostics.h"
#include "typecheck/types.h"

namespace gocc::types {

enum class ObjectKind : uint8_t { Const, TypeName, Var, Func, Package, Builtin, Nil };

struct Object {
  ObjectKind kind;
  std::string_view name;
  Pos pos;
  const Type* type = nullptr;         // for TypeName: the declared (named or alias) type
  const ast::Node* decl = nullptr;    // TypeSpec, ValueSpec, FuncDecl or ImportSpec
  const ast::Expr* value = nullptr;   // a constant's expression
  int iota = 0;                       // a constant's index in its group
  std::string_view import_path;       // for Package
};

class Scope {
 public:
  explicit Scope(const Scope* parent) : parent_(parent) {}
  auto Lookup(std::string_view name) const -> Object*;
  auto LookupLocal(std::string_view name) const -> Object*;
  // Returns the existing object if the name is taken.
  auto Insert(Object* obj) -> Object*;
  auto names() const -> const std::vector<std::string_view>& { return order_; }

 private:
  const Scope* parent_;
  std::unordered_map<std::string_view, Object*> objects_;
  std::vector<std::string_view> order_;  // declaration order
};

struct Package {
  std::string_view name;
  Scope* scope;
};

class Checker {
 public:
  Checker(Arena& arena, Diagnostics& diags);

  auto CheckPackage(std::span<ast::File* const> files) -> Package*;
  // The type a type expression denotes in the package scope of the last CheckPackage.
  auto ResolveType(const ast::Expr* e) -> const Type*;

  // The universe: predeclared types, constants, nil and builtins.
  auto universe() const -> const Scope& { return universe_; }
  auto BasicType(BasicKind kind) const -> const Basic* { return basics_[static_cast<size_t>(kind)]; }

 private:
  void DeclareUniverse();
  void CollectObjects(const ast::File& file, Scope& file_scope);
  void Declare(Scope& scope, Object* obj);
  auto NewObject(ObjectKind kind, std::string_view name, Pos pos) -> Object*;

  auto ResolveTypeName(Object* obj) -> const Type*;
  void ReportCycle(std::vector<const Object*>::iterator start);
  auto TypeBehindIndirection(const ast::Expr* e) -> const Type*;
  auto TypeOf(const ast::Expr* e) -> const Type*;
  auto StructOf(const ast::StructType* st) -> const Type*;
  auto SignatureOf(const ast::FuncType* ft) -> const Signature*;
  auto InterfaceOf(const ast::InterfaceType* it) -> const Type*;
  auto ConstInt(const ast::Expr* e, int64_t* value) -> bool;

  auto Invalid() const -> const Type* { return BasicType(BasicKind::Invalid); }
  template <typename T>
  auto NewType() -> T* {
    T* t = arena_.New<T>();
    t->kind = T::kKind;
    return t;
  }
  template <typename T>
  auto Copy(const std::vector<T>& v) -> std::span<const T> {
    return arena_.Copy(v);
  }
  template <typename... Args>
  void Error(Pos pos, const Args&... args) {
    std::string msg;
    (msg.append(args), ...);
    diags_.Report(pos, DiagKind::NonSyntax, msg);
  }

  Arena& arena_;
  Diagnostics& diags_;
  Scope universe_{nullptr};
  const Basic* basics_[static_cast<size_t>(BasicKind::UntypedNil) + 1] = {};
  Scope* package_scope_ = nullptr;
  const Scope* current_scope_ = nullptr;  // where TypeOf resolves names
  std::unordered_map<const Object*, const Scope*> object_file_scope_;
  std::vector<const Object*> resolving_;  // objects being resolved (cycle detection)
  int current_iota_ = -1;                 // the value of iota, or -1 outside a const decl
  // Scopes hold hash maps, so they live here rather than in the arena.
  std::vector<std::unique_ptr<Scope>> scopes_;
  bool reported_generics_ = false;
};

}  // namespace gocc::types
