// Shared declarations of the AST -> IR builder (ir/build*.cpp); not part of the IR's API.
//
// ProgramBuilder (build_package.cpp) owns what is program-wide: the Function of every declared
// function and method, the GlobalVar of every package variable, synthesised wrappers, and the
// facts the pre-scan (build_ssa.cpp) found about local variables. FunctionBuilder builds one
// function body: statements (build_stmt.cpp, build_control.cpp), expressions (build_expr.cpp),
// calls and builtins (build_call.cpp), composite literals and conversions (build_lit.cpp), and
// local variables in SSA registers or in Allocs (build_ssa.cpp).
#pragma once

#include <functional>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ir/build.h"
#include "ir/ir_builder.h"
#include "ir/ssa.h"
#include "ir/typeutil.h"

namespace gocc::ir {

// Calls f on every direct child node of n (nullptr children skipped).
template <typename F>
void ForEachChild(const ast::Node* n, F&& f) {
  using K = ast::NodeKind;
  auto one = [&](const ast::Node* c) {
    if (c != nullptr) f(c);
  };
  auto list = [&](auto l) {
    for (const ast::Node* c : l) one(c);
  };
  switch (n->kind) {
    case K::CompositeLit: {
      auto* c = static_cast<const ast::CompositeLit*>(n);
      one(c->type);
      list(c->elts);
      break;
    }
    case K::KeyValueExpr: {
      auto* c = static_cast<const ast::KeyValueExpr*>(n);
      one(c->key);
      one(c->value);
      break;
    }
    case K::FuncLit: {
      auto* c = static_cast<const ast::FuncLit*>(n);
      one(c->type);
      one(c->body);
      break;
    }
    case K::ParenExpr: one(static_cast<const ast::ParenExpr*>(n)->x); break;
    case K::SelectorExpr: one(static_cast<const ast::SelectorExpr*>(n)->x); break;
    case K::IndexExpr: {
      auto* c = static_cast<const ast::IndexExpr*>(n);
      one(c->x);
      list(c->indices);
      break;
    }
    case K::SliceExpr: {
      auto* c = static_cast<const ast::SliceExpr*>(n);
      one(c->x);
      one(c->low);
      one(c->high);
      one(c->max);
      break;
    }
    case K::TypeAssertExpr: {
      auto* c = static_cast<const ast::TypeAssertExpr*>(n);
      one(c->x);
      one(c->type);
      break;
    }
    case K::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(n);
      one(c->fun);
      list(c->args);
      break;
    }
    case K::StarExpr: one(static_cast<const ast::StarExpr*>(n)->x); break;
    case K::UnaryExpr: one(static_cast<const ast::UnaryExpr*>(n)->x); break;
    case K::BinaryExpr: {
      auto* c = static_cast<const ast::BinaryExpr*>(n);
      one(c->x);
      one(c->y);
      break;
    }
    case K::FuncType: {
      auto* c = static_cast<const ast::FuncType*>(n);
      list(c->params);
      list(c->results);
      break;
    }
    case K::Field: {
      auto* c = static_cast<const ast::Field*>(n);
      list(c->names);
      break;  // the type holds no variables
    }
    case K::DeclStmt: one(static_cast<const ast::DeclStmt*>(n)->decl); break;
    case K::GenDecl: list(static_cast<const ast::GenDecl*>(n)->specs); break;
    case K::ValueSpec: {
      auto* c = static_cast<const ast::ValueSpec*>(n);
      list(c->names);
      list(c->values);
      break;
    }
    case K::LabeledStmt: one(static_cast<const ast::LabeledStmt*>(n)->stmt); break;
    case K::ExprStmt: one(static_cast<const ast::ExprStmt*>(n)->x); break;
    case K::SendStmt: {
      auto* c = static_cast<const ast::SendStmt*>(n);
      one(c->chan);
      one(c->value);
      break;
    }
    case K::IncDecStmt: one(static_cast<const ast::IncDecStmt*>(n)->x); break;
    case K::AssignStmt: {
      auto* c = static_cast<const ast::AssignStmt*>(n);
      list(c->lhs);
      list(c->rhs);
      break;
    }
    case K::GoStmt: one(static_cast<const ast::GoStmt*>(n)->call); break;
    case K::DeferStmt: one(static_cast<const ast::DeferStmt*>(n)->call); break;
    case K::ReturnStmt: list(static_cast<const ast::ReturnStmt*>(n)->results); break;
    case K::BlockStmt: list(static_cast<const ast::BlockStmt*>(n)->stmts); break;
    case K::IfStmt: {
      auto* c = static_cast<const ast::IfStmt*>(n);
      one(c->init);
      one(c->cond);
      one(c->then);
      one(c->else_);
      break;
    }
    case K::CaseClause: {
      auto* c = static_cast<const ast::CaseClause*>(n);
      list(c->list);
      list(c->body);
      break;
    }
    case K::SwitchStmt: {
      auto* c = static_cast<const ast::SwitchStmt*>(n);
      one(c->init);
      one(c->tag);
      list(c->body);
      break;
    }
    case K::TypeSwitchStmt: {
      auto* c = static_cast<const ast::TypeSwitchStmt*>(n);
      one(c->init);
      one(c->assign);
      list(c->body);
      break;
    }
    case K::CommClause: {
      auto* c = static_cast<const ast::CommClause*>(n);
      one(c->comm);
      list(c->body);
      break;
    }
    case K::SelectStmt: list(static_cast<const ast::SelectStmt*>(n)->body); break;
    case K::ForStmt: {
      auto* c = static_cast<const ast::ForStmt*>(n);
      one(c->init);
      one(c->cond);
      one(c->post);
      one(c->body);
      break;
    }
    case K::RangeStmt: {
      auto* c = static_cast<const ast::RangeStmt*>(n);
      one(c->key);
      one(c->value);
      one(c->x);
      one(c->body);
      break;
    }
    default: break;  // identifiers, literals, types, branches
  }
}

// gc's deadcode rule for a switch whose tag (true when absent) and case values are all
// constants: the clause that always runs (the first whose value equals the tag, else the
// default), or nullptr when none does. *applies is false when the rule does not apply (a
// non-constant, or a fallthrough in the clause that runs).
class ProgramBuilder;
auto ConstantSwitchClause(const ProgramBuilder& pb, const ast::SwitchStmt* s, bool* applies) -> const ast::CaseClause*;

// The function literals in n, not counting those inside them (each literal numbers its own).
auto CountFuncLits(const ast::Node* n) -> int;

// An internal error in the builder (an unexpected AST/Info shape): reported, never an abort.
struct BuildError {
  Pos pos;
  std::string message;
};

// e without enclosing parentheses.
auto Unparen(const ast::Expr* e) -> const ast::Expr*;

// The IR's BinaryOp for an operator token (+ for a token that is none).
auto ToBinaryOp(lex::TokenKind op) -> BinaryOp;

// gc's bounded(index, max) (walk): true when the index expression's type and shape alone keep
// it in [0, max) — a small constant, `x & c`, unsigned `x % c`, `x / c`, `x >> c`, or an
// unsigned type too narrow to reach max. gc then drops the bounds check of an array index
// (or a constant string's) and `-m` says "index bounds check elided".
class ProgramBuilder;
auto GcBounded(const ProgramBuilder& pb, const ast::Expr* index, int64_t max) -> bool;

class ProgramBuilder {
 public:
  ProgramBuilder(const types::Info& info, const types::Sizes& sizes, Program* program, Diagnostics& diags)
      : info_(info), sizes_(sizes), program_(program), diags_(diags) {}

  void Build(std::span<const PackageFiles> packages);

  // ---- what the checker recorded ----
  auto TypeOf(const ast::Expr* e) const -> const types::Type*;
  auto TypeAndValueOf(const ast::Expr* e) const -> const types::TypeAndValue*;
  auto ObjectOf(const ast::Ident* id) const -> types::Object*;
  auto SelectionOf(const ast::SelectorExpr* e) const -> const types::Selection*;
  auto info() const -> const types::Info& { return info_; }
  auto sizes() const -> const types::Sizes& { return sizes_; }
  auto program() -> Program* { return program_; }

  // ---- program-level entities ----
  auto FuncOf(const types::Object* obj) -> Function*;
  auto MethodOf(const ast::FuncDecl* decl) -> Function*;
  auto GlobalOf(const types::Object* obj) -> GlobalVar*;
  // The declared method `name` of the named type t (value or pointer receiver), or nullptr.
  auto DeclaredMethod(const types::Named* t, std::string_view name, bool* pointer_receiver) -> Function*;
  // func(args) calling method `sel` on a bound receiver (method values), or on its first
  // parameter (method expressions); see build_call.cpp.
  auto BoundMethodWrapper(const types::Selection& sel, const types::Type* recv_type) -> Function*;
  auto MethodExprWrapper(const types::Selection& sel, const types::Signature* sig) -> Function*;

  // ---- gc's inlining budget (inline_cost.cpp) ----
  // The cost of inlining the function declared by a FuncDecl or FuncLit (at most 80), or -1;
  // sets the Function's inline_* facts.
  auto InlineCostOf(const ast::Node* decl) -> int32_t;
  void ComputeInlineCosts(const PackageFiles& pkg);
  // The Function of each function literal built.
  std::unordered_map<const ast::FuncLit*, Function*> literal_functions;

  // ---- facts about local variables (build_ssa.cpp) ----
  void ScanFunction(const ast::Node* root);
  auto IsEscapingLocal(const types::Object* obj) const -> bool { return memory_locals_.count(obj) != 0; }
  auto IsCaptured(const types::Object* obj) const -> bool { return captured_.count(obj) != 0; }
  auto HasDefer(const ast::Node* fn_node) const -> bool { return defer_funcs_.count(fn_node) != 0; }

  // ---- types the builder makes ----
  auto ArrayOf(const types::Type* elem, int64_t len) -> const types::Type*;
  auto SignatureOf(std::vector<const types::Type*> params, std::vector<const types::Type*> results,
                   bool variadic) -> const types::Signature*;
  auto Int() -> const types::Type* { return program_->Int(); }

  void Error(Pos pos, std::string message);
  void Unsupported(Pos pos, std::string_view what);
  auto failed() const -> bool { return failed_; }
  auto current_package() const -> std::string_view { return package_path_; }
  // Symbol names as gc spells them.
  auto QualifiedName(std::string_view name) const -> std::string;
  auto MethodSymbol(const types::Named* t, std::string_view method, bool pointer) const -> std::string;

  // Closure names: pkg.F.func1, pkg.F.func1.1 (gc's numbering per enclosing function).
  std::unordered_map<const Function*, int> closure_counts;
  // The package variable holding a statically initialised literal (gc's staticinit), named as
  // gc names its symbol: pkg..stmp_N.
  auto NewStaticTemp(const types::Type* t, Pos pos) -> Value*;

 private:
  void DeclarePackage(const PackageFiles& pkg);
  void BuildPackageBodies(const PackageFiles& pkg);
  auto BuildPackageInit(const PackageFiles& pkg, std::span<Function* const> dep_inits) -> Function*;
  void BuildExternalStub(Function* fn, const ast::FuncDecl* decl, const types::Named* recv);
  void AddPromotedMethods(const PackageFiles& pkg);
  void AddUnnamedStructMethods();
  // Registers the methods promoted into recv (a Named type with underlying struct st, or the
  // unnamed struct st itself) as wrappers; names are gc's, written for recv.
  void PromoteMethods(const types::Type* recv, const types::Struct* st);
  // gc writes the runtime type of every type declared at package scope, and with it a wrapper
  // `(*T).M` for each method M of T's method set: it inlines M into it when it can, and -m
  // reports that at <autogenerated>:1. gocc's method tables call T.M through codegen's own
  // itab wrappers, so these are built for the main package only, for the report and the
  // inliner; a build prunes them.
  void AddPointerWrappers(const types::Named* t);
  // A wrapper named symbol, gc's autogenerated method wrapper: it takes recv (*recv when
  // pointer), walks path through embedded fields and calls target (nullptr: invokes method
  // name of the embedded interface reached). It has no position, as gc's has none.
  auto BuildForwarder(std::string symbol, const types::Type* recv, bool pointer, const std::vector<int>& path,
                      std::string_view name, Function* target, bool target_pointer,
                      const types::Signature* sig) -> Function*;

  const types::Info& info_;
  const types::Sizes& sizes_;
  Program* program_;
  Diagnostics& diags_;
  bool failed_ = false;
  std::string_view package_path_;
  int static_temps_ = 0;
  std::unordered_map<const types::Object*, Function*> funcs_;
  std::unordered_map<const ast::FuncDecl*, Function*> methods_;
  std::unordered_map<const types::Object*, GlobalVar*> globals_;
  std::unordered_map<const ast::Node*, int32_t> inline_costs_;
  std::unordered_map<std::string, Function*> wrappers_;
  std::unordered_set<const Function*> promoted_;  // wrappers of promoted methods
  // Local variables that must live in memory: address taken, captured by a closure.
  std::unordered_set<const types::Object*> memory_locals_;
  std::unordered_set<const types::Object*> captured_;
  std::unordered_set<const ast::Node*> defer_funcs_;  // FuncDecl/FuncLit bodies with a defer
  std::vector<std::pair<const types::Object*, const ast::Node*>> owner_;
  std::unordered_map<const types::Object*, const ast::Node*> owner_of_;
  friend class FunctionBuilder;
  friend class Scanner;
};

// Removes the functions main.main and main.init cannot reach (build_prune.cpp).
void PruneUnreachable(Program& program);

// Where an assignment stores: a register variable, an address, a map element, or nowhere (_).
struct LValue {
  enum Kind : uint8_t { Blank, Register, Address, MapElem } kind = Blank;
  SsaBuilder::Variable var = 0;
  Value* addr = nullptr;  // Address: the pointer; MapElem: the map
  Value* key = nullptr;   // MapElem
  const types::Type* type = nullptr;
  bool indirect = false;  // Address: through a pointer (`*p`, `p.f` of a pointer p), not a variable
};

// A composite literal, or the address of one (parentheses looked through): what gc's
// staticinit lays out as data when a package variable is initialised with it.
auto IsStaticLiteral(const ast::Expr* e) -> bool;

class FunctionBuilder {
 public:
  FunctionBuilder(ProgramBuilder& pb, Function* fn, FunctionBuilder* parent = nullptr)
      : pb_(pb), fn_(fn), b_(fn), ssa_(fn), parent_(parent) {}

  // A function or method declaration, or a function literal (`node` is its FuncDecl/FuncLit).
  void BuildBody(const ast::Node* node, const ast::Field* recv, const ast::FuncType* type,
                 const ast::BlockStmt* body);
  // A package initialiser: the imported packages' initialisers (deps), then the package
  // variables in initialisation order, then the package's init functions (spec "Package
  // initialization").
  void BuildInit(const std::vector<types::Info::Initializer>& inits, std::span<Function* const> deps,
                 std::span<Function* const> init_funcs);
  // Finishes SSA construction (seals every block) and terminates a dangling last block.
  void Finish();
  auto builder() -> Builder& { return b_; }

  // ---- locals (build_ssa.cpp) ----
  void DeclareLocal(const types::Object* obj, Value* init, Pos pos);
  auto ReadLocal(const types::Object* obj) -> Value*;
  // The address of a local that lives in memory (its Alloc, or a closure's free variable).
  auto LocalAddr(const types::Object* obj) -> Value*;
  auto IsRegister(const types::Object* obj) -> bool;
  auto RegisterOf(const types::Object* obj) -> SsaBuilder::Variable;
  auto NewTemp(const types::Type* t) -> SsaBuilder::Variable { return ssa_.NewVariable(t); }
  void WriteTemp(SsaBuilder::Variable v, Value* value) { ssa_.WriteVariable(v, b_.block(), value); }
  auto ReadTemp(SsaBuilder::Variable v) -> Value* { return ssa_.ReadVariable(v, b_.block()); }

  // ---- statements (build_stmt.cpp, build_control.cpp) ----
  void StmtList(ast::List<ast::Stmt> list);
  void Stmt(const ast::Stmt* s);
  void Assign(const ast::AssignStmt* s);
  // lv op= y (and lv++, lv--): one map assignment for a map element where gc makes one
  // (FusesIntoMapAssign), else load, operate, store.
  void OpAssign(const LValue& lv, lex::TokenKind op, Value* y, Pos pos);
  void Define(ast::List<ast::Expr> lhs, ast::List<ast::Expr> rhs, Pos pos);
  void VarDecl(const ast::ValueSpec* spec);
  void Return(const ast::ReturnStmt* s);
  void EmitReturn(std::vector<Value*> results);
  void If(const ast::IfStmt* s);
  void For(const ast::ForStmt* s, std::string_view label);
  void Range(const ast::RangeStmt* s, std::string_view label);
  void Switch(const ast::SwitchStmt* s, std::string_view label);
  void TypeSwitch(const ast::TypeSwitchStmt* s, std::string_view label);
  void Branch(const ast::BranchStmt* s);
  void Labeled(const ast::LabeledStmt* s);
  void Defer(const ast::DeferStmt* s);
  void LaterCall(Op op, const ast::CallExpr* call, Pos pos);  // go (op Go) and defer (op Defer)
  auto BuiltinCallWrapper(const ast::CallExpr* call, const ast::Expr* fun, bool go, Pos pos,
                          std::vector<Value*>* args) -> Function*;
  // The function literal both wrappers are: a go/defer wrapper of fn_ taking `args`' types as
  // parameters, whose body `body` builds from its builder and parameters.
  using WrapperBody = std::function<void(FunctionBuilder& fb, std::span<Value* const> params)>;
  auto LaterCallWrapper(bool go, Pos pos, std::span<Value* const> args, const WrapperBody& body)
      -> Function*;
  // ---- goroutines and channels (build_chan.cpp) ----
  void Go(const ast::GoStmt* s);
  void Send(const ast::SendStmt* s);
  void Select(const ast::SelectStmt* s, std::string_view label);
  void RangeChan(const ast::RangeStmt* s, std::string_view label);

  auto LabelBlock(std::string_view name) -> Block*;
  // Starts a new block for code that follows a terminator (removed later if unreachable).
  void StartDeadBlock();

  // ---- expressions (build_expr.cpp) ----
  auto Expr(const ast::Expr* e) -> Value*;
  // e converted to type t as assignment does (interfaces, nil, untyped constants).
  // e's value as a t; `at`: where an implicit conversion to an interface goes (default: gc's
  // position of e, Coerce).
  auto ExprTo(const ast::Expr* e, const types::Type* t, Pos at = Pos{}) -> Value*;
  auto Coerce(Value* v, const types::Type* t, const ast::Expr* origin = nullptr, Pos at = Pos{}) -> Value*;
  auto Addr(const ast::Expr* e) -> Value*;
  auto IsAddressable(const ast::Expr* e) -> bool;
  auto LValueOf(const ast::Expr* e) -> LValue;
  void Store(const LValue& lv, Value* v);
  auto Load(const LValue& lv) -> Value*;
  void Cond(const ast::Expr* e, Block* yes, Block* no);
  auto Constant(const types::TypeAndValue& tv, const types::Type* t) -> Value*;
  auto Binary(const ast::BinaryExpr* e) -> Value*;
  auto Arith(lex::TokenKind op, Value* x, Value* y, const types::Type* t, Pos pos) -> Value*;
  auto Compare(lex::TokenKind op, Value* x, Value* y) -> Value*;
  auto Unary(const ast::UnaryExpr* e) -> Value*;
  auto Selector(const ast::SelectorExpr* e) -> Value*;
  auto Index(const ast::IndexExpr* e) -> Value*;
  // Whether e (an index into an array, a pointer to one or a string) needs a bounds check:
  // false when GcBounded proves it in range, which adds gc's -m remark.
  auto NeedsBoundsCheck(const ast::IndexExpr* e) -> bool;
  auto SliceExpr(const ast::SliceExpr* e) -> Value*;
  // x.f through embedded fields: the address of the field when want_addr, else its value.
  struct Place {
    Value* v;
    bool is_addr;  // v points to a value of type t
    const types::Type* t;
  };
  auto SelectorBase(const ast::Expr* x) -> Place;
  auto WalkPath(Place p, std::span<const int> path) -> Place;
  auto PlaceValue(const Place& p) -> Value*;
  // The receiver a method call needs from place p.
  auto Receiver(Place p, bool pointer_receiver) -> Value*;
  auto ToInt(Value* v) -> Value*;
  // Go dereferences pointer p (*p, p.f, p[i], a value method through p): a NilCheck unless p
  // cannot be nil (an allocation, a global, a field or element address) or p was checked
  // already in this block. Returns p.
  auto Deref(Value* p) -> Value*;
  // The T of x.(T) (the checker records the assertion, not always its type operand).
  auto AssertedType(const ast::TypeAssertExpr* e) -> const types::Type*;
  // Several values of one expression: a multi-result call spread, or a comma-ok form.
  auto MultiValues(const ast::Expr* e, size_t want) -> std::vector<Value*>;
  // The values of an assignment's right-hand side for `want` targets; conversions to interface
  // are placed at `at` when it is valid (Coerce).
  // Where gc converts x to an interface as a map key, panic's argument or the last value of
  // a var declaration: a constant or nil where its context is (constant_at: the map operand,
  // panic's parenthesis, the last name declared), anything else at its leftmost operand
  // (`-a`, `a + b`, `a.f`, `(a)`: at a), a call at its parenthesis, a composite literal at its
  // brace.
  auto OperandAt(const ast::Expr* x, Pos constant_at) -> Pos;
  auto RhsValues(ast::List<ast::Expr> rhs, size_t want, const std::vector<const types::Type*>& types, Pos at = {})
      -> std::vector<Value*>;

  // ---- calls (build_call.cpp) ----
  auto Call(const ast::CallExpr* e) -> Value*;
  auto Builtin(const ast::CallExpr* e, std::string_view name) -> Value*;
  // The name of the built-in function fun denotes (also unsafe's), or "".
  auto BuiltinName(const ast::Expr* fun) -> std::string_view;
  // Whether evaluating e calls a function (gc evaluates such arguments first).
  auto HasCall(const ast::Expr* e) -> bool;
  // The arguments of a call for signature sig (spread, variadic packing, conversions).
  auto Args(const ast::CallExpr* e, const types::Signature* sig) -> std::vector<Value*>;
  // Args in two steps: every argument evaluated and converted to its parameter's type (each
  // element of an implicit `...` one by one), then the elements packed into the slice.
  auto ArgValues(const ast::CallExpr* e, const types::Signature* sig) -> std::vector<Value*>;
  // The slice made is the one of the `...` argument, or literal's (see LaterCall).
  auto PackVariadic(const ast::CallExpr* e, const types::Signature* sig,
                    std::vector<Value*> values, const ast::CompositeLit* literal = nullptr) -> std::vector<Value*>;
  auto FuncLit(const ast::FuncLit* e) -> Value*;
  auto MethodValue(const ast::SelectorExpr* e, const types::Selection& sel) -> Value*;
  // The callee of a call: a static function, a method (with receiver), an interface method, or
  // a func value.
  struct Callee {
    enum Kind : uint8_t { Static, Invoke, Value } kind = Value;
    Function* fn = nullptr;
    ir::Value* value = nullptr;     // Invoke: the interface; Value: the func value
    ir::Value* receiver = nullptr;  // Static methods
    std::string_view method;
    const types::Signature* sig = nullptr;
  };
  auto CalleeOf(const ast::Expr* fun) -> Callee;
  // The function literal for `go f(a, b, c)` / `defer f(a, b, c)` with f variadic: args receives
  // the callee's operand (receiver, interface or func value) and the arguments, evaluated now;
  // the literal packs the `...` slice when it runs, as gc's wrapper does (so the slice lives
  // only as long as the call, while the elements are kept until then).
  auto SpreadSliceLiteral(const ast::CallExpr* call, const types::Signature* sig) -> const ast::CompositeLit*;
  auto VariadicCallWrapper(const ast::CallExpr* call, const Callee& callee, bool go, Pos pos,
                           const ast::CompositeLit* literal,
                           std::vector<Value*>* args) -> Function*;

  // ---- literals and conversions (build_lit.cpp) ----
  // take_addr: &T{...}, allocated at `amp` (gc's position, the `&`) when given.
  auto CompositeLit(const ast::CompositeLit* e, const types::Type* t, bool take_addr, Pos amp = Pos{}) -> Value*;
  void FillComposite(Value* addr, const ast::CompositeLit* e, const types::Type* t);
  void StoreElement(Value* addr, const ast::Expr* e, const types::Type* t, Pos at = Pos{});
  auto Conversion(const types::Type* to, Value* x, const ast::Expr* origin) -> Value*;
  // An expression as gc's -m prints it: the syntax with what gc's type checker made explicit.
  // A method call on a concrete type is a call of the method expression with the receiver
  // first (`a.Sum()` is `Big.Sum(a)`, `b.Len()` is `(*strings.Builder).Len(b)`), embedded
  // fields a selector goes through are spelled out (`c.Y` is `c.A.Y`), and the extra
  // arguments of a variadic call are one `... argument...` (`nil...` when there are none).
  // Implicit & and * stay hidden, as gc hides them.
  //
  // Another package's function is only ever printed inlined into the user's package, and gc
  // prints those bodies as its export data gives them (ImportedText): see GcText.
  auto GcText(const ast::Expr* e) -> std::string;
  // The text of the conversion of e, a value of type from whose text is text, to the interface
  // type t.
  auto GcIfaceText(const ast::Expr* e, const types::Type* from, const types::Type* t, std::string text) -> std::string;
  auto GcCallText(const ast::CallExpr* call, const ast::PrintHook& hook, std::string& out) -> bool;
  // `a, b = c, d` as gc prints an assignment statement.
  auto AssignText(const ast::AssignStmt* s) -> std::string;

  ProgramBuilder& pb_;
  Function* fn_;
  Builder b_;
  SsaBuilder ssa_;
  FunctionBuilder* parent_;
  const types::Signature* sig_ = nullptr;
  std::vector<const types::Object*> named_results_;
  bool has_defer_ = false;
  // While a package variable's initializer made of literals is built (`var t = &T{...}`, its
  // elements literals in turn): what those literals allocate is static data, not heap.
  bool static_literal_ = false;
  // The heap object of a literal: static data inside a static initializer.
  auto LiteralObject(const types::Type* t, std::string text) -> Value*;

 private:
  struct Local {
    bool reg = false;
    SsaBuilder::Variable var = 0;
    Value* addr = nullptr;
  };
  std::unordered_map<const types::Object*, Local> locals_;
  std::unordered_map<SsaBuilder::Variable, Block*> var_decls_;  // register variables' declaring blocks
  std::unordered_map<SsaBuilder::Variable, Value*> param_vars_;  // parameters in registers: their Param
  void NoteAssign(SsaBuilder::Variable var, Value* value);
  std::unordered_map<const types::Object*, Value*> free_vars_;  // captured, by object
  std::vector<const types::Object*> captures_;                   // in FreeVar order

  struct Target {
    std::string_view label;
    Block* break_to;
    Block* continue_to;  // nullptr for switch
  };
  std::vector<Target> targets_;
  std::unordered_map<std::string_view, Block*> labels_;
  Block* fallthrough_to_ = nullptr;
  Block* checked_block_ = nullptr;      // the block whose nil-checked pointers checked_ lists
  std::vector<const Value*> checked_;
  friend class ProgramBuilder;
};

}  // namespace gocc::ir
