// The type checker: AST -> typed program (issue 3).
//
// This first part declares every package-level object, resolves named types to their underlying
// types (with cycle detection) and evaluates the integer constant expressions that array
// lengths need. Expressions and statements inside functions, untyped constant arithmetic with
// gc's precision, method sets and package loading from stdlib/ follow.
#pragma once

#include <functional>
#include <optional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "support/arena.h"
#include "support/diagnostics.h"
#include "typecheck/info.h"
#include "typecheck/operand.h"
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
  const ast::Expr* type_expr = nullptr;  // a constant's declared type (repeated specs inherit it)
  int iota = 0;                       // a constant's index in its group
  std::string_view import_path;       // for Package
  const struct Package* package = nullptr;  // for Package: the imported package, once loaded
  bool used = false;                  // local variables and imports: referenced at all
  uint8_t const_state = 0;            // constants: 0 unevaluated, 1 in progress, 2 done
  bool global = false;                // a package-level variable or function, or a method
};

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  auto parent() const -> Scope* { return parent_; }
  auto Lookup(std::string_view name) const -> Object*;
  auto LookupLocal(std::string_view name) const -> Object*;
  // Returns the existing object if the name is taken.
  auto Insert(Object* obj) -> Object*;
  // The names in declaration order.
  auto names() const -> std::vector<std::string_view>;

 private:
  // Most scopes (blocks) hold a handful of names: a linear scan over `small_` beats hashing;
  // a scope that grows past kSmall (package scopes) moves to the hash map.
  static constexpr size_t kSmall = 16;
  // The hash table: open addressing with linear probing, a power-of-two number of slots, at
  // most half of them used. An empty slot has obj == nullptr.
  struct Slot {
    uint64_t hash;
    Object* obj;
  };
  void TableInsert(uint64_t hash, Object* obj);
  Scope* parent_;
  std::vector<Object*> small_;
  std::vector<Slot> table_;
  std::vector<std::string_view> order_;  // declaration order, once the table is in use
};

struct Package {
  std::string_view name;
  std::string_view path;
  Scope* scope;
};

// Finds and parses the files of an imported package (the driver looks in stdlib/). Returns false
// with *error set if the package does not exist.
using PackageLoader =
    std::function<bool(std::string_view path, std::vector<ast::File*>* files, std::string* error)>;

class Checker {
 public:
  Checker(Arena& arena, Diagnostics& diags);

  auto CheckPackage(std::span<ast::File* const> files) -> Package*;
  void SetPackageLoader(PackageLoader loader) { loader_ = std::move(loader); }
  // Record types, objects and selections of every package checked from now on into *info.
  void SetInfo(Info* info) { info_ = info; }
  // Check declarations only: every package-level object and type, constants, variables and their
  // initialisers, signatures and methods, but no function bodies. What depends on bodies is left
  // out with them: initialisation order and unused imports. For tools that need the declared
  // types alone (gocc layout); a package that passes this may still have errors in its bodies.
  void SetDeclarationsOnly(bool on) { declarations_only_ = on; }
  // The same for imported packages only (gocc -m with cached summaries of the imports).
  void SetImportsDeclarationsOnly(bool on) { imports_declarations_only_ = on; }
  // The type a type expression denotes in the package scope of the last CheckPackage.
  auto ResolveType(const ast::Expr* e) -> const Type*;

  // The universe: predeclared types, constants, nil and builtins.
  auto universe() const -> const Scope& { return universe_; }
  auto BasicType(BasicKind kind) const -> const Basic* { return basics_[static_cast<size_t>(kind)]; }

 private:
  void DeclareUniverse();
  void CollectObjects(const ast::File& file, Scope& file_scope);
  void Declare(Scope& scope, Object* obj);
  void ReportRedeclared(const Object* obj, const Object* other);
  auto NewObject(ObjectKind kind, std::string_view name, Pos pos) -> Object*;

  auto ResolveTypeName(Object* obj) -> const Type*;
  void ReportCycle(std::vector<const Object*>::iterator start);
  auto TypeBehindIndirection(const ast::Expr* e) -> const Type*;
  auto TypeOf(const ast::Expr* e) -> const Type*;
  auto StructOf(const ast::StructType* st) -> const Type*;
  auto SignatureOf(const ast::FuncType* ft) -> const Signature*;
  auto InterfaceOf(const ast::InterfaceType* it) -> const Type*;

  // ---- function bodies (stmt.cpp) ----
  struct FuncContext {
    const Signature* sig = nullptr;
    std::vector<Object*> locals;  // for "declared but not used"
  };
  void CheckFuncBody(const ast::BlockStmt* body, const Signature* sig, const Object* recv,
                     const ast::FuncType* type);
  void StmtList(ast::List<ast::Stmt> list);
  void Stmt(const ast::Stmt* s);
  void OpenScope();
  void CloseScope();
  auto DeclareLocal(const ast::Ident* name, const Type* type) -> Object*;
  void ShortVarDecl(const ast::AssignStmt* s);
  void AssignStmt(const ast::AssignStmt* s);
  void AssignVar(const ast::Expr* lhs, Operand& x);
  void ReturnStmt(const ast::ReturnStmt* s);
  void LocalDecl(const ast::GenDecl* g);
  void RangeStmt(const ast::RangeStmt* s);
  void SwitchStmt(const ast::SwitchStmt* s);
  auto IsTerminating(const ast::Stmt* s, std::string_view label = {}) const -> bool;
  auto HasBreak(const ast::Stmt* s, std::string_view label, bool nested) const -> bool;
  void ReportUnused();
  void CheckBranches(const ast::BlockStmt* body);  // branches.cpp

  // ---- expressions (expr.cpp) ----
  void Expr(Operand& x, const ast::Expr* e);
  void ExprOrType(Operand& x, const ast::Expr* e);
  void ExprOrTypeImpl(Operand& x, const ast::Expr* e);
  auto MethodExprType(const Type* recv, const Signature* m, std::string_view recv_name) -> const Signature*;
  // The values of e: several for a call of a multi-result function, and with comma_ok (in
  // assignments only) two for m[k], x.(T) and <-c.
  void MultiExpr(std::vector<Operand>& xs, const ast::Expr* e, bool comma_ok = true);
  void Ident(Operand& x, const ast::Ident* id);
  void Unary(Operand& x, const ast::UnaryExpr* e);
  void Binary(Operand& x, const ast::BinaryExpr* e);
  auto BinaryText(const ast::BinaryExpr* e) const -> std::string;
  const ast::AssignStmt* op_assign_ = nullptr;  // while checking x op= y as x = x op y
  bool switch_case_ = false;
  std::unordered_set<const ast::BinaryExpr*> nonconst_shifts_;  // 1 << n with n not constant
  auto CheckShiftTypes(const ast::Expr* e, const Type* t) -> bool;  // Comparison reports "invalid case c in switch on x (...)"
  // In ConvertUntyped, an empty pending_context_ selects types2's conversion wording.
  void Call(Operand& x, const ast::CallExpr* e);
  void Builtin(Operand& x, const ast::CallExpr* e, std::string_view name);
  void MakeOrNew(Operand& x, const ast::CallExpr* e, std::string_view name);
  void Selector(Operand& x, const ast::SelectorExpr* e);
  void Index(Operand& x, const ast::IndexExpr* e);
  void SliceExpr(Operand& x, const ast::SliceExpr* e);
  void CompositeLit(Operand& x, const ast::CompositeLit* e, const Type* hint);
  void ExprWithHint(Operand& x, const ast::Expr* e, const Type* hint);
  auto IndexedElems(ast::List<ast::Expr> elts, const Type* elem, int64_t length) -> int64_t;
  auto CheckIndex(const ast::Expr* index, int64_t max) -> int64_t;
  void Conversion(Operand& x, const Type* target);
  // Converts an untyped operand to target (or its default type if target is nullptr),
  // reporting what gc reports when it does not fit.
  void ConvertUntyped(Operand& x, const Type* target);
  // ConvertUntyped to the default type, an error worded for `context` ("variable declaration").
  void DefaultUntyped(Operand& x, std::string_view context);
  auto Default(const Type* t) const -> const Type*;
  // Checks that x can be assigned to a variable of type t; context is gc's "in assignment",
  // "variable declaration", "argument to f", "return statement".
  auto Assignment(Operand& x, const Type* t, std::string_view context) -> bool;
  // With a non-null reason, an interface failure is explained there (gc's continuation line).
  auto AssignableTo(const Operand& x, const Type* t, std::string* reason = nullptr) -> bool;
  void UseExprs(ast::List<ast::Expr> list);  // evaluate for side effects after an error
  // The values of an assignment's right-hand side for `want` left-hand operands: one
  // multi-valued expression is spread (comma-ok forms too, when allowed).
  auto RhsValues(ast::List<ast::Expr> rhs, size_t want, bool comma_ok = true) -> std::vector<Operand>;
  // gc's "assignment mismatch: 2 variables but f returns 1 value" (or "but 1 value").
  void ReportAssignMismatch(size_t vars, ast::List<ast::Expr> rhs, size_t values);
  auto VarDeclValues(const ast::ValueSpec* vs) -> std::optional<std::vector<Operand>>;

  void ConstObject(Object* obj);
  auto ResultTuple(const Signature* sig) -> const Tuple*;
  std::unordered_map<const Signature*, const Tuple*> result_tuples_;
  // ---- recording (info.cpp) ----
  void Record(const ast::Expr* e, const Operand& x);
  void RecordCommaOk(const ast::Expr* e, const Type* value_type);
  // The untyped expression e (and the untyped operands it was computed from) now has type t.
  void UpdateUntyped(const ast::Expr* e, const Type* t);
  void RecordDef(const ast::Ident* id, Object* obj) {
    if (info_ != nullptr && id != nullptr) info_->defs[id] = obj;
  }
  void RecordUse(const ast::Ident* id, Object* obj) {
    if (info_ != nullptr) info_->uses[id] = obj;
  }
  void CheckConstantFits(Operand& x);
  void MatchTypes(Operand& x, Operand& y);
  void Comparison(Operand& x, Operand& y, const ast::BinaryExpr* e);
  void Shift(Operand& x, Operand& y, const ast::BinaryExpr* e);

  // ---- initialization order (initorder.cpp) ----
  struct PackageVarSpec {
    const ast::ValueSpec* spec;
    std::vector<Object*> lhs;  // blank variables included
  };
  void AddDep(Object* obj);
  auto MethodObject(const ast::FuncDecl* decl) -> Object*;
  auto FindPath(Object* from, Object* to, std::unordered_set<const Object*>& seen) -> std::vector<Object*>;
  void ReportInitCycle(const std::vector<Object*>& cycle);
  void InitOrder(const Package* pkg, const std::vector<Object*>& funcs);
  Object* decl_obj_ = nullptr;  // the package-level variable or function being checked
  std::unordered_map<const Object*, std::vector<Object*>> deps_;
  std::unordered_map<const ast::FuncDecl*, Object*> method_objects_;
  std::vector<PackageVarSpec> package_var_specs_;  // of the package being checked, in order
  // Channel types written in the package, checked once every type is complete: gc's
  // "channel element type too large (>64kB)".
  std::vector<std::pair<Pos, const Chan*>> chan_types_;
  void CheckChanElemSizes();
  // Key types of the map types written in the package (at the key's position), checked once
  // every type is complete, as a key may be a named type still being declared: gc's "invalid
  // map key type K" for keys == does not apply to.
  std::vector<std::pair<Pos, const Type*>> map_keys_;
  void CheckMapKeys();
  std::unordered_map<const ast::ValueSpec*, size_t> var_spec_of_;
  std::vector<Object*> package_funcs_;  // functions and methods with bodies, in order

  // ---- package level (check.cpp) ----
  void CollectMethods(std::span<ast::File* const> files);
  void CheckPackageVars();
  void VarSpec(Object* obj, const ast::ValueSpec* spec);
  std::unordered_set<const ast::ValueSpec*> checked_var_specs_;
  void CheckBodies(std::span<ast::File* const> files);
  void ReportUnusedImports(const std::vector<Scope*>& file_scopes);

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
  Scope* current_scope_ = nullptr;  // where names resolve
  std::unordered_map<const Object*, Scope*> object_file_scope_;
  std::vector<const Object*> resolving_;  // objects being resolved (cycle detection)
  // Named types declared as another named type whose underlying type was still being resolved
  // (`type T1 struct{ Next *T2 }; type T2 T1`: T2 is met inside T1), each with that type; they
  // take its underlying type once it has one (ResolvePendingUnderlying).
  std::vector<std::pair<Named*, const Named*>> pending_underlying_;
  void ResolvePendingUnderlying();
  int current_iota_ = -1;                 // the value of iota, or -1 outside a const decl
  // Scopes hold hash maps, so they live here rather than in the arena.
  std::vector<std::unique_ptr<Scope>> scopes_;
  bool reported_generics_ = false;
  int64_t word_size_ = 8;  // the target's int size, for constant representability (amd64)
  FuncContext* func_ = nullptr;
  // What the last checked call was, for statements that only allow some calls (types2's
  // exprKind): a conversion, a value-producing built-in, or a call that may stand alone.
  enum class CallKind : uint8_t { Conversion, Expression, Statement };
  CallKind last_call_kind_ = CallKind::Statement;
  // Whether the expression being checked contains a function call (not a conversion, not a
  // built-in with a constant result) or a channel receive outside function literals: len(x) and
  // cap(x) of an array or array pointer x are constants only without them (go/types' flag).
  bool has_call_or_recv_ = false;
  std::string_view pending_context_ = "assignment";  // for untyped conversion errors
  std::unordered_map<const Object*, Value> const_values_;
  struct MethodDecl {
    std::string_view name;
    const Signature* type;
    bool pointer_receiver;
    const ast::FuncDecl* decl;
  };
  // ---- method sets and interfaces (methodset.cpp) ----
  struct FoundMethod {
    const Signature* type = nullptr;
    bool pointer_receiver = false;  // declared on *T (not in T's method set)
  };
  // Spec "Selectors": the field or method x.name for x of type t, breadth-first through embedded
  // fields; two at the shallowest depth where one is found make it ambiguous.
  struct FieldOrMethod {
    enum Kind : uint8_t { NotFound, Field, Method, Ambiguous, Unknown } kind = NotFound;
    std::vector<int> path;  // embedded-field indices (then the field's own index for a Field)
    bool indirect = false;  // a pointer is followed on the way (t itself or an embedded *T)
    const Type* type = nullptr;  // the field's type or the method's signature
    const Type* method_recv = nullptr;
    bool pointer_receiver = false;
    const ast::FuncDecl* decl = nullptr;
  };
  auto LookupFieldOrMethod(const Type* t, std::string_view name) -> FieldOrMethod;
  // A method of t (a named type, a pointer to one, a struct with embedded fields, or an
  // interface) by name.
  auto FindMethod(const Type* t, std::string_view name) -> FoundMethod;
  auto InterfaceMethods(const Interface* iface) -> std::vector<Method>;
  // Whether t implements iface; if not, *reason is gc's parenthesised explanation.
  auto Implements(const Type* t, const Type* iface, std::string* reason) -> bool;
  std::unordered_map<const Named*, std::vector<MethodDecl>> methods_;
  std::unordered_map<const ast::FuncDecl*, const Signature*> func_sigs_;
  PackageLoader loader_;
  Info* info_ = nullptr;
  bool declarations_only_ = false;
  bool imports_declarations_only_ = false;
  const Interface* empty_interface_ = nullptr;  // interface{} (not the universe's any)
  std::unordered_map<std::string, const Package*> imported_;  // by path; nullptr while loading
  auto Import(std::string_view path, Pos pos) -> const Package*;
  const Package* current_package_ = nullptr;
  std::string_view pending_path_ = "main";
  std::string_view package_name_;  // the import path of the next CheckPackage
  std::vector<Scope*> file_scopes_;
};

}  // namespace gocc::types
