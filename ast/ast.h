// The syntax tree.
//
// Nodes are arena-allocated, trivially destructible structs with a kind tag (from
// node_kinds.def) and a position; lists are spans into the arena. The shapes follow go/ast so
// that a Go programmer can read a dump. The parser always returns a complete tree: where the
// source is wrong it puts BadExpr/BadStmt nodes.
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>

#include "lexer/token.h"
#include "support/source.h"

namespace gocc::ast {

enum class NodeKind : uint8_t {
#define NODE(Name, Category) Name,
#include "ast/node_kinds.def"
};

auto NameOf(NodeKind kind) -> std::string_view;

using lex::TokenKind;

struct Node {
  NodeKind kind;
  Pos pos;
  template <typename T>
  auto As() -> T* {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <typename T>
  auto As() const -> const T* {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};
static_assert(sizeof(Node) == 8);

struct Expr : Node {};
struct Stmt : Node {};
struct Decl : Node {};

template <typename T>
using List = std::span<T*>;

#define GOCC_NODE(Name, Base) \
  struct Name : Base {        \
    static constexpr NodeKind kKind = NodeKind::Name;

// ---- Expressions ----
GOCC_NODE(BadExpr, Expr) };
GOCC_NODE(Ident, Expr) std::string_view name; };
GOCC_NODE(BasicLit, Expr) TokenKind lit_kind; std::string_view value; };
GOCC_NODE(CompositeLit, Expr) Expr* type; List<Expr> elts; Pos lbrace, rbrace; };
GOCC_NODE(KeyValueExpr, Expr) Expr* key; Expr* value; };  // pos: the colon
struct FuncType;
struct BlockStmt;
GOCC_NODE(FuncLit, Expr) FuncType* type; BlockStmt* body; };
GOCC_NODE(ParenExpr, Expr) Expr* x; };
GOCC_NODE(SelectorExpr, Expr) Expr* x; Ident* sel; };  // pos: the dot
GOCC_NODE(IndexExpr, Expr) Expr* x; List<Expr> indices; };  // several for instantiations
GOCC_NODE(SliceExpr, Expr) Expr* x; Expr* low; Expr* high; Expr* max; bool slice3; };
GOCC_NODE(TypeAssertExpr, Expr) Expr* x; Expr* type; };  // type == nullptr: x.(type)
GOCC_NODE(CallExpr, Expr) Expr* fun; List<Expr> args; bool has_dots; };  // pos: the paren
GOCC_NODE(StarExpr, Expr) Expr* x; };
GOCC_NODE(UnaryExpr, Expr) TokenKind op; Expr* x; };
GOCC_NODE(BinaryExpr, Expr) TokenKind op; Expr* x; Expr* y; };  // pos: the operator
GOCC_NODE(ArrayType, Expr) Expr* len; Expr* elem; };  // len: nullptr for slices, Ellipsis for [...]
struct Field;
GOCC_NODE(StructType, Expr) List<Field> fields; };
GOCC_NODE(FuncType, Expr) List<Field> type_params; List<Field> params; List<Field> results; };
GOCC_NODE(InterfaceType, Expr) List<Field> elems; };  // methods (named) and embedded elements
GOCC_NODE(MapType, Expr) Expr* key; Expr* value; };
enum class ChanDir : uint8_t { Both, Send, Recv };
GOCC_NODE(ChanType, Expr) ChanDir dir; Expr* elem; };
GOCC_NODE(Ellipsis, Expr) Expr* elem; };  // elem == nullptr in [...]T

// ---- Statements ----
GOCC_NODE(BadStmt, Stmt) };
struct GenDecl;
GOCC_NODE(DeclStmt, Stmt) GenDecl* decl; };
GOCC_NODE(EmptyStmt, Stmt) };
GOCC_NODE(LabeledStmt, Stmt) Ident* label; Stmt* stmt; };
GOCC_NODE(ExprStmt, Stmt) Expr* x; };
GOCC_NODE(SendStmt, Stmt) Expr* chan; Expr* value; };
GOCC_NODE(IncDecStmt, Stmt) Expr* x; TokenKind op; };
GOCC_NODE(AssignStmt, Stmt) List<Expr> lhs; TokenKind op; List<Expr> rhs; };  // pos: the operator
GOCC_NODE(GoStmt, Stmt) CallExpr* call; };
GOCC_NODE(DeferStmt, Stmt) CallExpr* call; };
GOCC_NODE(ReturnStmt, Stmt) List<Expr> results; };
GOCC_NODE(BranchStmt, Stmt) TokenKind op; Ident* label; };
GOCC_NODE(BlockStmt, Stmt) List<Stmt> stmts; Pos rbrace; };
GOCC_NODE(IfStmt, Stmt) Stmt* init; Expr* cond; BlockStmt* then; Stmt* else_; };
GOCC_NODE(CaseClause, Stmt) List<Expr> list; bool is_default; List<Stmt> body; Pos colon; };
GOCC_NODE(SwitchStmt, Stmt) Stmt* init; Expr* tag; List<CaseClause> body; };
// assign is `x := y.(type)` (an AssignStmt) or `y.(type)` (an ExprStmt).
GOCC_NODE(TypeSwitchStmt, Stmt) Stmt* init; Stmt* assign; List<CaseClause> body; };
GOCC_NODE(CommClause, Stmt) Stmt* comm; List<Stmt> body; };  // comm == nullptr: default
GOCC_NODE(SelectStmt, Stmt) List<CommClause> body; };
GOCC_NODE(ForStmt, Stmt) Stmt* init; Expr* cond; Stmt* post; BlockStmt* body; };
// tok is Assign, Define, or EndOfFile for `for range x`.
GOCC_NODE(RangeStmt, Stmt) Expr* key; Expr* value; TokenKind tok; Expr* x; BlockStmt* body; };

// ---- Declarations and the rest ----
// A field of a struct, a parameter, a result, a type parameter or an interface element.
// names is empty for embedded fields and unnamed parameters.
GOCC_NODE(Field, Node) List<Ident> names; Expr* type; BasicLit* tag; };
GOCC_NODE(ImportSpec, Node) Ident* name; BasicLit* path; };
GOCC_NODE(ValueSpec, Node) List<Ident> names; Expr* type; List<Expr> values; };
GOCC_NODE(TypeSpec, Node) Ident* name; List<Field> type_params; bool is_alias; Expr* type; };
// tok is Import, Const, Type or Var; specs are ImportSpec, ValueSpec or TypeSpec.
GOCC_NODE(GenDecl, Decl) TokenKind tok; bool grouped; List<Node> specs; };
GOCC_NODE(FuncDecl, Decl) Field* recv; Ident* name; FuncType* type; BlockStmt* body; };
GOCC_NODE(File, Node) Ident* package_name; List<Decl> decls; };

#undef GOCC_NODE

// Go source text of an expression or simple statement, as gc's syntax printer writes it in
// error messages (`x + y`, `f(a, b)`, `x := 1`).
auto ExprString(const Expr* x) -> std::string;
auto ExprListString(List<Expr> list) -> std::string;
// ExprString with a say in every node, the top one included: hook prints x into out and
// returns true, or returns false to have x printed as usual (its operands asked in turn).
using PrintHook = std::function<bool(std::string& out, const Expr* x)>;
auto ExprString(const Expr* x, const PrintHook& hook) -> std::string;
auto StmtString(const Stmt* s) -> std::string;
// The position of the leftmost token of x (binary expressions, calls and selectors are
// positioned at their operator).
auto StartPos(const Expr* x) -> Pos;

}  // namespace gocc::ast
