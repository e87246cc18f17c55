// Statements.
#include "parser/parser_impl.h"

namespace gocc::parse {

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt | BreakStmt |
//             ContinueStmt | GotoStmt | FallthroughStmt | Block | IfStmt | SwitchStmt |
//             SelectStmt | ForStmt | DeferStmt .
// Returns nullptr if the current token cannot start a statement.
auto Parser::ParseStmtOrNull() -> Stmt* {
  NestingGuard guard(*this);
  if (!guard.ok()) return New<BadStmt>(pos());
  // Most statements start with a name: try that first.
  if (tok() == TokenKind::Ident) {
    std::vector<Expr*> lhs = ParseExprList();
    if (lhs.size() == 1 && tok() == TokenKind::Colon) {
      if (auto* label = lhs[0]->As<Ident>()) return ParseLabeledStmt(label);
    }
    return ParseSimpleStmt(std::move(lhs), TokenKind::EndOfFile);
  }
  switch (tok()) {
    case TokenKind::Var:
    case TokenKind::Const:
    case TokenKind::Type:
      return ParseDeclStmt(tok());
    case TokenKind::LBrace:
      return ParseBlockStmt("");
    case TokenKind::Add: case TokenKind::Sub: case TokenKind::Mul: case TokenKind::And:
    case TokenKind::Xor: case TokenKind::Not:
    case TokenKind::Int: case TokenKind::Float: case TokenKind::Imag: case TokenKind::Char:
    case TokenKind::String: case TokenKind::Func: case TokenKind::LParen:
    case TokenKind::LBrack: case TokenKind::Struct: case TokenKind::Map: case TokenKind::Chan:
    case TokenKind::Interface: case TokenKind::Arrow:
      return ParseSimpleStmt({}, TokenKind::EndOfFile);
    case TokenKind::For:
      return ParseForStmt();
    case TokenKind::Switch:
      return ParseSwitchStmt();
    case TokenKind::Select:
      return ParseSelectStmt();
    case TokenKind::If:
      return ParseIfStmt();
    case TokenKind::Fallthrough: {
      auto* s = New<BranchStmt>(pos());
      s->op = TokenKind::Fallthrough;
      Next();
      return s;
    }
    case TokenKind::Break:
    case TokenKind::Continue: {
      auto* s = New<BranchStmt>(pos());
      s->op = tok();
      Next();
      if (tok() == TokenKind::Ident) s->label = ParseName();
      return s;
    }
    case TokenKind::Go:
    case TokenKind::Defer:
      return ParseCallStmt();
    case TokenKind::Goto: {
      auto* s = New<BranchStmt>(pos());
      s->op = TokenKind::Goto;
      Next();
      s->label = ParseName();
      return s;
    }
    case TokenKind::Return: {
      auto* s = New<ReturnStmt>(pos());
      Next();
      if (tok() != TokenKind::Semicolon && tok() != TokenKind::RBrace) {
        s->results = ToList(ParseExprList());
      }
      return s;
    }
    case TokenKind::Semicolon:
      return New<EmptyStmt>(pos());
    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
auto Parser::ParseStmtList() -> List<Stmt> {
  std::vector<Stmt*> list;
  while (tok() != TokenKind::EndOfFile && tok() != TokenKind::RBrace &&
         tok() != TokenKind::Case && tok() != TokenKind::Default) {
    Stmt* s = ParseStmtOrNull();
    if (s == nullptr) break;
    list.push_back(s);
    // ";" is optional before "}"
    if (!Got(TokenKind::Semicolon) && tok() != TokenKind::RBrace) {
      SyntaxError("at end of statement");
      Advance({TokenKind::Semicolon, TokenKind::RBrace, TokenKind::Case, TokenKind::Default});
      Got(TokenKind::Semicolon);  // avoid a spurious empty statement
    }
  }
  return ToList(list);
}

namespace {
auto IsAssignOp(TokenKind kind) -> bool {
  return kind >= TokenKind::AddAssign && kind <= TokenKind::AndNotAssign;
}
}  // namespace

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// In a for header (keyword == For) it also parses a range clause; in a switch header the
// type switch guard `x := y.(type)`.
auto Parser::ParseSimpleStmt(std::vector<Expr*> lhs, TokenKind keyword) -> Stmt* {
  if (keyword == TokenKind::For && tok() == TokenKind::Range) {
    return NewRangeClause({}, TokenKind::EndOfFile);
  }
  if (lhs.empty()) lhs = ParseExprList();

  if (lhs.size() == 1 && tok() != TokenKind::Assign && tok() != TokenKind::Define) {
    Pos at = pos();
    if (IsAssignOp(tok())) {
      auto* s = New<AssignStmt>(at);
      s->op = tok();
      Next();
      s->lhs = ToList(lhs);
      std::vector<Expr*> rhs{ParseExpr()};
      s->rhs = ToList(rhs);
      return s;
    }
    if (tok() == TokenKind::Inc || tok() == TokenKind::Dec) {
      auto* s = New<IncDecStmt>(at);
      s->op = tok();
      s->x = lhs[0];
      Next();
      return s;
    }
    if (tok() == TokenKind::Arrow) {
      auto* s = New<SendStmt>(at);
      Next();
      s->chan = lhs[0];
      s->value = ParseExpr();
      return s;
    }
    auto* s = New<ExprStmt>(StartPos(lhs[0]));
    s->x = lhs[0];
    return s;
  }

  if (tok() == TokenKind::Assign || tok() == TokenKind::Define) {
    Pos at = pos();
    TokenKind op = tok();
    Next();
    if (keyword == TokenKind::For && tok() == TokenKind::Range) {
      return NewRangeClause(std::move(lhs), op);
    }
    auto* s = New<AssignStmt>(at);
    s->op = op;
    s->lhs = ToList(lhs);
    s->rhs = ToList(ParseExprList());
    return s;
  }

  SyntaxError("expecting := or = or comma");
  Advance({TokenKind::Semicolon, TokenKind::RBrace});
  auto* s = New<ExprStmt>(StartPos(lhs[0]));
  s->x = lhs[0];
  return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
auto Parser::NewRangeClause(std::vector<Expr*> lhs, TokenKind tok_kind) -> RangeStmt* {
  auto* r = New<RangeStmt>(pos());
  Next();  // range
  if (!lhs.empty()) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  if (lhs.size() > 2) ErrorAt(StartPos(lhs[2]), "range clause permits at most two iteration variables");
  r->tok = tok_kind;
  r->x = ParseExpr();
  return r;
}

// LabeledStmt = Label ":" Statement .
auto Parser::ParseLabeledStmt(Ident* label) -> Stmt* {
  auto* s = New<LabeledStmt>(pos());
  s->label = label;
  Want(TokenKind::Colon);
  if (tok() == TokenKind::RBrace) {
    s->stmt = New<EmptyStmt>(pos());
    return s;
  }
  s->stmt = ParseStmtOrNull();
  if (s->stmt != nullptr) return s;
  SyntaxErrorAt(s->pos, "missing statement after label");
  return nullptr;  // ends the statement list, which avoids follow-on errors (as gc)
}

// Block = "{" StatementList "}" .
auto Parser::ParseBlockStmt(std::string_view context) -> BlockStmt* {
  auto* block = New<BlockStmt>(pos());
  if (!Got(TokenKind::LBrace)) {
    SyntaxError("expecting { after " + std::string(context));
    Advance({TokenKind::Ident, TokenKind::RBrace});
    block->rbrace = pos();
    if (Got(TokenKind::RBrace)) return block;
  }
  block->stmts = ParseStmtList();
  block->rbrace = pos();
  Want(TokenKind::RBrace);
  return block;
}

auto Parser::ParseDeclStmt(TokenKind keyword) -> Stmt* {
  auto* s = New<DeclStmt>(pos());
  Next();
  s->decl = ParseGroup(keyword);
  return s;
}

// GoStmt = "go" Expression .   DeferStmt = "defer" Expression .
auto Parser::ParseCallStmt() -> Stmt* {
  Pos at = pos();
  TokenKind keyword = tok();
  Next();
  Expr* x = ParsePrimaryExpr(nullptr);
  std::string word(lex::SpellingOf(keyword));
  if (Expr* t = Unparen(x); t != x) {
    ErrorAt(x->pos, "expression in " + word + " must not be parenthesized");
    x = t;
  }
  auto* call = x->As<CallExpr>();
  if (call == nullptr) {
    ErrorAt(x->pos, "expression in " + word + " must be function call");
    call = New<CallExpr>(x->pos);
    call->fun = x;
  }
  if (keyword == TokenKind::Go) {
    auto* s = New<GoStmt>(at);
    s->call = call;
    return s;
  }
  auto* s = New<DeferStmt>(at);
  s->call = call;
  return s;
}

// The header of an if, for or switch statement:
//   if   [ SimpleStmt ";" ] Expression
//   for  [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] | Condition | RangeClause
//   switch [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ]
auto Parser::ParseHeader(TokenKind keyword) -> Header {
  Header h;
  Want(keyword);
  if (tok() == TokenKind::LBrace) {
    if (keyword == TokenKind::If) {
      SyntaxError("missing condition in if statement");
      h.cond = BadExprHere();
    }
    return h;
  }
  int outer = xnest_;
  xnest_ = -1;

  if (tok() != TokenKind::Semicolon) {
    if (Got(TokenKind::Var)) {  // accept a var declaration, but complain
      SyntaxError("var declaration not allowed in " + TokString(keyword) + " initializer");
    }
    h.init = ParseSimpleStmt({}, keyword);
    if (h.init->kind == NodeKind::RangeStmt) {
      xnest_ = outer;
      return h;
    }
  }

  Stmt* cond_stmt = nullptr;
  Pos semi_pos;
  std::string semi_text;
  if (tok() != TokenKind::LBrace) {
    if (tok() == TokenKind::Semicolon) {
      semi_pos = pos();
      semi_text = TokenDescription();
      Next();
    } else {
      // asking for a '{' rather than a ';' here gives a better error message
      Want(TokenKind::LBrace);
      if (tok() != TokenKind::LBrace) Advance({TokenKind::LBrace, TokenKind::RBrace});
    }
    if (keyword == TokenKind::For) {
      if (tok() != TokenKind::Semicolon) {
        if (tok() == TokenKind::LBrace) {
          SyntaxError("expecting for loop condition");
          goto done;
        }
        cond_stmt = ParseSimpleStmt({}, TokenKind::EndOfFile);
      }
      Want(TokenKind::Semicolon);
      if (tok() != TokenKind::LBrace) {
        h.post = ParseSimpleStmt({}, TokenKind::EndOfFile);
        if (auto* a = h.post->As<AssignStmt>(); a && a->op == TokenKind::Define) {
          SyntaxErrorAt(a->pos, "cannot declare in post statement of for loop");
        }
      }
    } else if (tok() != TokenKind::LBrace) {
      cond_stmt = ParseSimpleStmt({}, keyword);
    }
  } else {
    cond_stmt = h.init;
    h.init = nullptr;
  }

done:
  if (cond_stmt == nullptr) {
    if (keyword == TokenKind::If && semi_pos.IsValid()) {
      if (semi_text != "semicolon") {
        SyntaxErrorAt(semi_pos, "unexpected " + semi_text + ", expecting { after if clause");
      } else {
        SyntaxErrorAt(semi_pos, "missing condition in if statement");
      }
      h.cond = New<BadExpr>(semi_pos);
    }
  } else if (auto* es = cond_stmt->As<ExprStmt>()) {
    h.cond = es->x;
  } else if (auto* a = cond_stmt->As<AssignStmt>();
             a && keyword == TokenKind::Switch && a->op == TokenKind::Define &&
             a->lhs.size() == 1 && a->lhs[0]->kind == NodeKind::Ident && a->rhs.size() == 1 &&
             a->rhs[0]->kind == NodeKind::TypeAssertExpr &&
             static_cast<TypeAssertExpr*>(a->rhs[0])->type == nullptr) {
    h.guard = a;
  } else {
    // A common mistake is '=' for '==': say so.
    std::string str;
    auto* as = cond_stmt->As<AssignStmt>();
    if (as != nullptr && as->op == TokenKind::Assign) {
      str = "assignment (" + ExprListString(as->lhs) + ") = (" + ExprListString(as->rhs) + ")";
    } else {
      str = StmtString(cond_stmt);
    }
    SyntaxErrorAt(cond_stmt->pos, "cannot use " + str + " as value");
  }
  xnest_ = outer;
  return h;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
auto Parser::ParseForStmt() -> Stmt* {
  Pos at = pos();
  Header h = ParseHeader(TokenKind::For);
  if (auto* r = h.init ? h.init->As<RangeStmt>() : nullptr) {
    r->pos = at;
    r->body = ParseBlockStmt("for clause");
    return r;
  }
  auto* s = New<ForStmt>(at);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = ParseBlockStmt("for clause");
  return s;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
auto Parser::ParseIfStmt() -> IfStmt* {
  auto* s = New<IfStmt>(pos());
  Header h = ParseHeader(TokenKind::If);
  s->init = h.init;
  s->cond = h.cond;
  s->then = ParseBlockStmt("if clause");
  if (Got(TokenKind::Else)) {
    if (tok() == TokenKind::If) {
      ChainGuard chain(*this);  // an else-if cascade nests one level per branch
      if (!chain.Extend()) return s;
      s->else_ = ParseIfStmt();
    } else if (tok() == TokenKind::LBrace) {
      s->else_ = ParseBlockStmt("");
    } else {
      SyntaxError("else must be followed by if or statement block");
      Advance({TokenKind::Ident, TokenKind::RBrace});
    }
  }
  return s;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
auto Parser::ParseSwitchStmt() -> Stmt* {
  Pos at = pos();
  Header h = ParseHeader(TokenKind::Switch);
  if (!Got(TokenKind::LBrace)) {
    SyntaxError("missing { after switch clause");
    Advance({TokenKind::Case, TokenKind::Default, TokenKind::RBrace});
  }
  std::vector<CaseClause*> clauses;
  while (tok() != TokenKind::EndOfFile && tok() != TokenKind::RBrace) {
    clauses.push_back(ParseCaseClause());
  }
  Want(TokenKind::RBrace);

  Stmt* guard = h.guard;
  if (guard == nullptr && h.cond != nullptr) {
    if (auto* ta = h.cond->As<TypeAssertExpr>(); ta && ta->type == nullptr) {
      auto* es = New<ExprStmt>(StartPos(ta));
      es->x = ta;
      guard = es;
    }
  }
  if (guard != nullptr) {
    auto* s = New<TypeSwitchStmt>(at);
    s->init = h.init;
    s->assign = guard;
    s->body = ToList(clauses);
    return s;
  }
  auto* s = New<SwitchStmt>(at);
  s->init = h.init;
  s->tag = h.cond;
  s->body = ToList(clauses);
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
auto Parser::ParseSelectStmt() -> Stmt* {
  auto* s = New<SelectStmt>(pos());
  Want(TokenKind::Select);
  if (!Got(TokenKind::LBrace)) {
    SyntaxError("missing { after select clause");
    Advance({TokenKind::Case, TokenKind::Default, TokenKind::RBrace});
  }
  std::vector<CommClause*> clauses;
  while (tok() != TokenKind::EndOfFile && tok() != TokenKind::RBrace) {
    clauses.push_back(ParseCommClause());
  }
  Want(TokenKind::RBrace);
  s->body = ToList(clauses);
  return s;
}

// ExprCaseClause = ( "case" ExpressionList | "default" ) ":" StatementList .
auto Parser::ParseCaseClause() -> CaseClause* {
  auto* c = New<CaseClause>(pos());
  switch (tok()) {
    case TokenKind::Case:
      Next();
      c->list = ToList(ParseExprList());
      break;
    case TokenKind::Default:
      Next();
      c->is_default = true;
      break;
    default:
      SyntaxError("expecting case or default or }");
      Advance({TokenKind::Colon, TokenKind::Case, TokenKind::Default, TokenKind::RBrace});
      break;
  }
  c->colon = pos();
  Want(TokenKind::Colon);
  c->body = ParseStmtList();
  return c;
}

// CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
auto Parser::ParseCommClause() -> CommClause* {
  auto* c = New<CommClause>(pos());
  switch (tok()) {
    case TokenKind::Case:
      Next();
      c->comm = ParseSimpleStmt({}, TokenKind::EndOfFile);
      break;
    case TokenKind::Default:
      Next();
      break;
    default:
      SyntaxError("expecting case or default or }");
      Advance({TokenKind::Colon, TokenKind::Case, TokenKind::Default, TokenKind::RBrace});
      break;
  }
  Want(TokenKind::Colon);
  c->body = ParseStmtList();
  return c;
}

}  // namespace gocc::parse
