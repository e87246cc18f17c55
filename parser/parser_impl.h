// The parser's state and helpers, shared by its files (decl.cpp, expr.cpp, stmt.cpp).
#pragma once

#include <bitset>
#include <initializer_list>
#include <string>
#include <vector>

#include "parser/parser.h"

namespace gocc::parse {

using namespace gocc::ast;
using lex::TokenKind;

class Parser {
 public:
  Parser(const lex::TokenBuffer& tokens, Arena& arena, Diagnostics& diags);
  auto ParseFile() -> File*;

 private:
  // ---- tokens ----
  auto tok() const -> TokenKind { return tokens_.kind(index_); }
  auto pos() const -> Pos { return tokens_.pos(index_); }
  auto text() const -> std::string_view { return tokens_.text(index_); }
  void Next() {
    if (index_ + 1 < tokens_.size()) ++index_;
  }
  auto Got(TokenKind kind) -> bool {
    if (tok() != kind) return false;
    Next();
    return true;
  }
  void Want(TokenKind kind);
  auto GotAssign() -> bool;
  static auto IsLiteral(TokenKind kind) -> bool;
  // Binary operator precedence (0: not a binary operator).
  static auto Precedence(TokenKind kind) -> int;

  // ---- errors (gc's syntaxErrorAt rules) ----
  auto HasErrors() const -> bool;
  void SyntaxError(std::string_view msg) { SyntaxErrorAt(pos(), msg); }
  void SyntaxErrorAt(Pos at, std::string_view msg);
  void ErrorAt(Pos at, std::string msg);
  auto TokenDescription() const -> std::string;
  auto AutoSemicolonEndsFile(uint32_t i) const -> bool;
  static auto TokString(TokenKind kind) -> std::string;
  void Advance(std::initializer_list<TokenKind> follow = {});

  // ---- nesting ----
  // Recursive descent needs a bound on nesting to never overflow the stack. Past the bound the
  // parser reports one error and skips to the end of the file.
  static constexpr int kMaxNesting = 1000;
  class NestingGuard {
   public:
    explicit NestingGuard(Parser& p) : p_(p) { ++p_.nesting_; }
    ~NestingGuard() { --p_.nesting_; }
    NestingGuard(const NestingGuard&) = delete;
    auto operator=(const NestingGuard&) -> NestingGuard& = delete;
    // False (after reporting) when the nesting limit is exceeded.
    auto ok() -> bool { return p_.nesting_ <= kMaxNesting || p_.NestingTooDeep(); }

   private:
    Parser& p_;
  };
  auto NestingTooDeep() -> bool;
  // Chains (binary operators, postfix selectors/calls/indexes, else-if) deepen the tree without
  // nesting in the source; they get a larger budget, sized for kCompilerStackBytes.
  static constexpr int kMaxDepth = 100000;
  class ChainGuard {
   public:
    explicit ChainGuard(Parser& p) : p_(p), saved_(p.depth_) {}
    ~ChainGuard() { p_.depth_ = saved_; }
    ChainGuard(const ChainGuard&) = delete;
    auto operator=(const ChainGuard&) -> ChainGuard& = delete;
    auto Extend() -> bool { return ++p_.depth_ <= kMaxDepth || p_.DepthTooLarge(); }

   private:
    Parser& p_;
    int saved_;
  };
  auto DepthTooLarge() -> bool;

  // ---- nodes ----
  template <typename T>
  auto New(Pos at) -> T* {
    T* node = arena_.New<T>();
    node->kind = T::kKind;
    node->pos = at;
    return node;
  }
  template <typename T>
  auto ToList(const std::vector<T*>& v) -> List<T> {
    return arena_.Copy(v);
  }
  auto BadExprHere() -> Expr* { return New<BadExpr>(pos()); }
  auto NewIdent(Pos at, std::string_view name) -> Ident*;

  // ---- declarations (decl.cpp) ----
  template <typename F>
  auto ParseList(std::string_view context, TokenKind sep, TokenKind close, F element) -> Pos;
  auto ParseGroup(TokenKind keyword) -> GenDecl*;
  auto ParseImportSpec() -> Node*;
  auto ParseConstSpec() -> Node*;
  auto ParseTypeSpec() -> Node*;
  auto ParseVarSpec() -> Node*;
  auto ParseFuncDecl() -> FuncDecl*;
  auto ParseFuncBody() -> BlockStmt*;
  auto ExtractTypeParamName(Expr* x, bool force, Expr** constraint) -> Ident*;
  static auto IsTypeElem(const Expr* x) -> bool;

  // ---- expressions and types (expr.cpp) ----
  auto ParseExpr() -> Expr*;
  auto ParseBinaryExpr(Expr* x, int prec) -> Expr*;
  auto ParseUnaryExpr() -> Expr*;
  auto ParseOperand() -> Expr*;
  auto ParsePrimaryExpr(Expr* x) -> Expr*;
  auto ParseBareCompositeElement() -> Expr*;
  auto ParseCompositeLit(Expr* type) -> CompositeLit*;
  auto ParseExprList() -> std::vector<Expr*>;
  auto ParseTypeList(bool* comma) -> std::vector<Expr*>;
  auto ParseArgs(bool* has_dots) -> std::vector<Expr*>;
  auto ParseType() -> Expr*;
  auto ParseTypeOrNull() -> Expr*;
  auto ParseTypeInstance(Expr* type) -> Expr*;
  auto ParseFuncType(std::string_view context, List<Field>* type_params) -> FuncType*;
  auto ParseArrayType(Pos at, Expr* len) -> Expr*;
  auto ParseSliceType(Pos at) -> Expr*;
  auto ParseChanElem() -> Expr*;
  auto ParseStructType() -> StructType*;
  void ParseFieldDecl(std::vector<Field*>& fields);
  auto ParseArrayOrTypeArgs() -> Expr*;
  auto ParseInterfaceType() -> InterfaceType*;
  auto ParseMethodDecl() -> Field*;
  auto ParseEmbeddedElem(Field* f) -> Field*;
  auto ParseEmbeddedTerm() -> Expr*;
  auto ParseResults() -> List<Field>;
  auto ParseParamDecl(Ident* name, TokenKind follow) -> Field*;
  auto ParseParamList(Ident* name, Expr* type, TokenKind close, bool require_names) -> List<Field>;
  auto ParseLiteralOrNull() -> BasicLit*;
  auto ParseName() -> Ident*;
  auto ParseNameList(Ident* first) -> std::vector<Ident*>;
  auto ParseQualifiedName(Ident* name) -> Expr*;
  auto AddField(std::vector<Field*>& fields, Pos at, Ident* name, Expr* type, BasicLit* tag)
      -> void;

  // ---- statements (stmt.cpp) ----
  auto ParseStmtOrNull() -> Stmt*;
  auto ParseStmtList() -> List<Stmt>;
  // keyword is For, Switch, If (a control clause) or EndOfFile.
  auto ParseSimpleStmt(std::vector<Expr*> lhs, TokenKind keyword) -> Stmt*;
  auto NewRangeClause(std::vector<Expr*> lhs, TokenKind tok) -> RangeStmt*;
  auto ParseLabeledStmt(Ident* label) -> Stmt*;
  auto ParseBlockStmt(std::string_view context) -> BlockStmt*;
  auto ParseDeclStmt(TokenKind keyword) -> Stmt*;
  auto ParseCallStmt() -> Stmt*;
  struct Header {
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    Stmt* guard = nullptr;  // `x := y.(type)` of a type switch
  };
  auto ParseHeader(TokenKind keyword) -> Header;
  auto ParseForStmt() -> Stmt*;
  auto ParseIfStmt() -> IfStmt*;
  auto ParseSwitchStmt() -> Stmt*;
  auto ParseSelectStmt() -> Stmt*;
  auto ParseCaseClause() -> CaseClause*;
  auto ParseCommClause() -> CommClause*;

  const lex::TokenBuffer& tokens_;
  Arena& arena_;
  Diagnostics& diags_;
  uint32_t index_ = 0;
  int fnest_ = 0;  // function nesting level (for error recovery)
  int xnest_ = 0;
  int nesting_ = 0;  // depth of ParseUnaryExpr/ParseTypeOrNull/ParseStmtOrNull activations
  int depth_ = 0;    // length of the chains being parsed  // expression nesting level (< 0: in a control clause, for composite literals)
  size_t parse_errors_ = 0;
  uint32_t first_lex_error_ = UINT32_MAX;  // offset of the first lexical error of the file
  bool last_decl_was_bodiless_func_ = false;
};

auto Unparen(Expr* x) -> Expr*;

}  // namespace gocc::parse

namespace gocc::parse {

// list = [ element { sep element } [ sep ] ] close .
// Calls element() until it returns true or close/EOF is reached; returns the position of close.
template <typename F>
auto Parser::ParseList(std::string_view context, TokenKind sep, TokenKind close, F element) -> Pos {
  bool done = false;
  while (tok() != TokenKind::EndOfFile && tok() != close && !done) {
    done = element();
    if (!Got(sep) && tok() != close) {
      SyntaxError("in " + std::string(context) + "; possibly missing " + TokString(sep) + " or " +
                  TokString(close));
      Advance({TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace});
      if (tok() != close) return pos();
    }
  }
  Pos at = pos();
  Want(close);
  return at;
}

}  // namespace gocc::parse
