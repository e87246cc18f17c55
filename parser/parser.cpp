// Parser infrastructure (tokens, errors, recovery) and declarations.
#include <algorithm>

#include "parser/parser_impl.h"

namespace gocc::parse {

Parser::Parser(const lex::TokenBuffer& tokens, Arena& arena, Diagnostics& diags)
    : tokens_(tokens), arena_(arena), diags_(diags) {
  const SourceFile& file = tokens.file();
  for (const Diagnostic& d : diags.diagnostics()) {
    if (file.Contains(d.pos)) first_lex_error_ = std::min(first_lex_error_, file.OffsetOf(d.pos));
  }
}

auto Parse(const lex::TokenBuffer& tokens, Arena& arena, Diagnostics& diags) -> ast::File* {
  return Parser(tokens, arena, diags).ParseFile();
}

// ---- tokens ----

void Parser::Want(TokenKind kind) {
  if (!Got(kind)) {
    SyntaxError("expecting " + TokString(kind));
    Advance();
  }
}

// GotAssign is Got(Assign) that also accepts ":=" (with an error) for better recovery.
auto Parser::GotAssign() -> bool {
  switch (tok()) {
    case TokenKind::Define:
      SyntaxError("expecting =");
      [[fallthrough]];
    case TokenKind::Assign:
      Next();
      return true;
    default:
      return false;
  }
}

auto Parser::IsLiteral(TokenKind kind) -> bool {
  return kind >= TokenKind::Int && kind <= TokenKind::String;
}

auto Parser::Precedence(TokenKind kind) -> int {
  switch (kind) {
    case TokenKind::LogicalOr: return 1;
    case TokenKind::LogicalAnd: return 2;
    case TokenKind::Equal: case TokenKind::NotEqual: case TokenKind::Less:
    case TokenKind::LessEqual: case TokenKind::Greater: case TokenKind::GreaterEqual:
      return 3;
    case TokenKind::Add: case TokenKind::Sub: case TokenKind::Or: case TokenKind::Xor:
      return 4;
    case TokenKind::Mul: case TokenKind::Quo: case TokenKind::Rem: case TokenKind::Shl:
    case TokenKind::Shr: case TokenKind::And: case TokenKind::AndNot:
      return 5;
    default:
      return 0;
  }
}

auto Parser::NewIdent(Pos at, std::string_view name) -> Ident* {
  auto* id = New<Ident>(at);
  id->name = name;
  return id;
}

// ---- errors ----

auto Parser::HasErrors() const -> bool {
  return parse_errors_ > 0 || tokens_.info(index_).offset >= first_lex_error_;
}

void Parser::ErrorAt(Pos at, std::string msg) {
  ++parse_errors_;
  constexpr std::string_view kPrefix = "syntax error: ";
  if (msg.starts_with(kPrefix)) {
    diags_.Report(at, DiagKind::Syntax, std::string_view(msg).substr(kPrefix.size()));
  } else {
    diags_.Report(at, DiagKind::NonSyntax, msg);
  }
}

// The words gc uses for a token kind in "expecting X".
auto Parser::TokString(TokenKind kind) -> std::string {
  switch (kind) {
    case TokenKind::Comma: return "comma";
    case TokenKind::Semicolon: return "semicolon or newline";
    case TokenKind::EndOfFile: return "EOF";
    case TokenKind::Ident: return "name";
    case TokenKind::Int: case TokenKind::Float: case TokenKind::Imag: case TokenKind::Char:
    case TokenKind::String:
      return "literal";
    default: return std::string(lex::SpellingOf(kind));
  }
}

// The words gc uses for the current token in "unexpected X".
auto Parser::TokenDescription() const -> std::string {
  TokenKind kind = tok();
  if (kind == TokenKind::Ident) return std::string(text());
  if (kind == TokenKind::Semicolon) {
    if (!tokens_.IsAutoSemicolon(index_)) return "semicolon";
    return AutoSemicolonEndsFile(index_) ? "EOF" : "newline";
  }
  if (IsLiteral(kind)) return "literal " + std::string(text());
  return TokString(kind);
}

// Whether the automatic semicolon at token i stands for the end of the file rather than a
// newline: only comments and blanks (no newline) follow it. gc calls the two "EOF" and "newline".
auto Parser::AutoSemicolonEndsFile(uint32_t i) const -> bool {
  std::string_view text = tokens_.file().text();
  size_t p = tokens_.info(i).offset;
  while (p < text.size()) {
    char c = text[p];
    if (c == ' ' || c == '\t' || c == '\r') {
      ++p;
    } else if (text.compare(p, 2, "//") == 0) {
      size_t nl = text.find('\n', p);
      if (nl != std::string_view::npos) return false;
      p = text.size();
    } else if (text.compare(p, 2, "/*") == 0) {
      size_t close = text.find("*/", p + 2);
      size_t stop = close == std::string_view::npos ? text.size() : close + 2;
      if (text.substr(p, stop - p).find('\n') != std::string_view::npos) return false;
      p = stop;
    } else {
      return false;
    }
  }
  return true;
}

// A message starting with "in ", "at ", "after " or "expecting " is about the current token and
// becomes "unexpected X ..."; any other message is reported as it is.
void Parser::SyntaxErrorAt(Pos at, std::string_view msg) {
  if (tok() == TokenKind::EndOfFile && HasErrors()) return;  // no follow-up errors at EOF
  std::string suffix;
  if (msg.empty()) {
  } else if (msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")) {
    suffix = " " + std::string(msg);
  } else if (msg.starts_with("expecting ")) {
    suffix = ", " + std::string(msg);
  } else {
    ErrorAt(at, "syntax error: " + std::string(msg));
    return;
  }
  ErrorAt(at, "syntax error: unexpected " + TokenDescription() + suffix);
}

// The keywords that start a statement: good places to resynchronise inside a function.
constexpr TokenKind kStopSet[] = {
    TokenKind::Break, TokenKind::Const, TokenKind::Continue, TokenKind::Defer,
    TokenKind::Fallthrough, TokenKind::For, TokenKind::Go, TokenKind::Goto,
    TokenKind::If, TokenKind::Return, TokenKind::Select, TokenKind::Switch,
    TokenKind::Type, TokenKind::Var};

// Advance skips tokens until one of follow (or, inside a function, a statement keyword) is found.
// With an empty follow list it skips exactly one token. It never skips EOF.
void Parser::Advance(std::initializer_list<TokenKind> follow) {
  std::bitset<128> set;
  set.set(static_cast<size_t>(TokenKind::EndOfFile));
  if (follow.size() > 0) {
    if (fnest_ > 0) {
      for (TokenKind k : kStopSet) set.set(static_cast<size_t>(k));
    }
    for (TokenKind k : follow) set.set(static_cast<size_t>(k));
  }
  while (!set.test(static_cast<size_t>(tok()))) {
    Next();
    if (follow.size() == 0) break;
  }
}

auto Parser::NestingTooDeep() -> bool {
  ErrorAt(pos(), "gocc: program too deeply nested (more than " + std::to_string(kMaxNesting) +
                     " levels of expressions, types or statements)");
  while (tok() != TokenKind::EndOfFile) Next();
  return false;
}

auto Parser::DepthTooLarge() -> bool {
  ErrorAt(pos(), "gocc: expression chain too long (more than " + std::to_string(kMaxDepth) +
                     " operators, selectors or else-if branches)");
  while (tok() != TokenKind::EndOfFile) Next();
  return false;
}

// ---- files and declarations ----

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
auto Parser::ParseFile() -> File* {
  auto* file = New<File>(pos());
  std::vector<Decl*> decls;
  auto finish = [&] {
    file->decls = ToList(decls);
    return file;
  };

  if (!Got(TokenKind::Package)) {
    SyntaxError("package statement must be first");
    return finish();
  }
  file->package_name = ParseName();
  Want(TokenKind::Semicolon);
  if (HasErrors()) return finish();  // don't bother continuing if the package clause is wrong

  while (Got(TokenKind::Import)) {
    decls.push_back(ParseGroup(TokenKind::Import));
    Want(TokenKind::Semicolon);
  }

  while (tok() != TokenKind::EndOfFile) {
    switch (tok()) {
      case TokenKind::Const:
      case TokenKind::Type:
      case TokenKind::Var: {
        TokenKind keyword = tok();
        Next();
        decls.push_back(ParseGroup(keyword));
        last_decl_was_bodiless_func_ = false;
        break;
      }
      case TokenKind::Func: {
        Next();
        FuncDecl* f = ParseFuncDecl();
        if (f != nullptr) {
          decls.push_back(f);
          last_decl_was_bodiless_func_ = f->body == nullptr;
        }
        break;
      }
      default:
        if (tok() == TokenKind::LBrace && last_decl_was_bodiless_func_) {
          SyntaxError("unexpected semicolon or newline before {");
        } else {
          SyntaxError("non-declaration statement outside function body");
        }
        Advance({TokenKind::Const, TokenKind::Type, TokenKind::Var, TokenKind::Func});
        continue;
    }
    if (tok() != TokenKind::EndOfFile && !Got(TokenKind::Semicolon)) {
      SyntaxError("after top level declaration");
      Advance({TokenKind::Const, TokenKind::Type, TokenKind::Var, TokenKind::Func});
    }
  }
  return finish();
}

// Decl = keyword ( Spec | "(" { Spec ";" } ")" ) .
auto Parser::ParseGroup(TokenKind keyword) -> GenDecl* {
  auto* decl = New<GenDecl>(tokens_.pos(index_ - 1));
  decl->tok = keyword;
  auto spec = [&]() -> Node* {
    switch (keyword) {
      case TokenKind::Import: return ParseImportSpec();
      case TokenKind::Const: return ParseConstSpec();
      case TokenKind::Type: return ParseTypeSpec();
      default: return ParseVarSpec();
    }
  };
  std::vector<Node*> specs;
  if (tok() == TokenKind::LParen) {
    decl->grouped = true;
    Next();
    ParseList("grouped declaration", TokenKind::Semicolon, TokenKind::RParen, [&] {
      if (Node* s = spec()) specs.push_back(s);
      return false;
    });
  } else if (Node* s = spec()) {
    specs.push_back(s);
  }
  decl->specs = ToList(specs);
  return decl;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
auto Parser::ParseImportSpec() -> Node* {
  auto* spec = New<ImportSpec>(pos());
  if (tok() == TokenKind::Ident) {
    spec->name = ParseName();
  } else if (tok() == TokenKind::Period) {
    spec->name = NewIdent(pos(), ".");
    Next();
  }
  Pos path_pos = pos();
  spec->path = ParseLiteralOrNull();
  if (spec->path == nullptr) {
    SyntaxError("missing import path");
    Advance({TokenKind::Semicolon, TokenKind::RParen});
    return spec;
  }
  if (spec->path->lit_kind != TokenKind::String) {
    SyntaxErrorAt(path_pos, "import path must be a string");
  }
  return spec;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
auto Parser::ParseConstSpec() -> Node* {
  auto* spec = New<ValueSpec>(pos());
  spec->names = ToList(ParseNameList(ParseName()));
  if (tok() != TokenKind::EndOfFile && tok() != TokenKind::Semicolon &&
      tok() != TokenKind::RParen) {
    spec->type = ParseTypeOrNull();
    if (GotAssign()) spec->values = ToList(ParseExprList());
  }
  return spec;
}

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
auto Parser::ParseTypeSpec() -> Node* {
  auto* spec = New<TypeSpec>(pos());
  spec->name = ParseName();
  if (tok() == TokenKind::LBrack) {
    // Either an array/slice type or a type parameter list: `type T[P any] ...` vs `type T [N]E`.
    Pos lbrack = pos();
    Next();
    if (tok() == TokenKind::Ident) {
      Expr* x = ParseName();
      if (tok() != TokenKind::LBrack) {
        ++xnest_;
        x = ParseBinaryExpr(ParsePrimaryExpr(x), 0);
        --xnest_;
      }
      Expr* ptype = nullptr;
      Ident* pname = ExtractTypeParamName(x, tok() == TokenKind::Comma, &ptype);
      if (pname != nullptr && (ptype != nullptr || tok() != TokenKind::RBrack)) {
        spec->type_params = ParseParamList(pname, ptype, TokenKind::RBrack, true);
        spec->is_alias = GotAssign();
        spec->type = ParseTypeOrNull();
      } else {
        spec->type = ParseArrayType(lbrack, x);
      }
    } else if (tok() == TokenKind::RBrack) {
      Next();
      spec->type = ParseSliceType(lbrack);
    } else {
      spec->type = ParseArrayType(lbrack, nullptr);
    }
  } else {
    spec->is_alias = GotAssign();
    spec->type = ParseTypeOrNull();
  }
  if (spec->type == nullptr) {
    spec->type = BadExprHere();
    SyntaxError("in type declaration");
    Advance({TokenKind::Semicolon, TokenKind::RParen});
  }
  return spec;
}

// In `type T[x ...`, x was parsed as an expression. If it has the shape of a type parameter
// declaration (`P C`, `P *C`, `P C1 | C2`, `P (C)`), returns P and sets *constraint (which may stay
// null for a lone name). `force` is set when a comma follows, which rules out an array length.
auto Parser::ExtractTypeParamName(Expr* x, bool force, Expr** constraint) -> Ident* {
  if (auto* id = x->As<Ident>()) return id;
  if (auto* b = x->As<BinaryExpr>()) {
    if (b->op == TokenKind::Mul) {
      auto* id = b->x->As<Ident>();
      if (id != nullptr && (force || IsTypeElem(b->y))) {
        auto* star = New<StarExpr>(b->pos);
        star->x = b->y;
        *constraint = star;
        return id;
      }
    } else if (b->op == TokenKind::Or) {
      Expr* lhs = nullptr;
      Ident* id = ExtractTypeParamName(b->x, force || IsTypeElem(b->y), &lhs);
      if (id != nullptr && lhs != nullptr) {
        auto* copy = New<BinaryExpr>(b->pos);
        *copy = *b;
        copy->x = lhs;
        *constraint = copy;
        return id;
      }
    }
    return nullptr;
  }
  if (auto* call = x->As<CallExpr>()) {
    auto* id = call->fun->As<Ident>();
    if (id != nullptr && call->args.size() == 1 && !call->has_dots &&
        (force || IsTypeElem(call->args[0]))) {
      *constraint = call->args[0];
      return id;
    }
  }
  return nullptr;
}

auto Parser::IsTypeElem(const Expr* x) -> bool {
  switch (x->kind) {
    case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::FuncType:
    case NodeKind::InterfaceType: case NodeKind::MapType: case NodeKind::ChanType:
      return true;
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(x);
      return IsTypeElem(b->x) || IsTypeElem(b->y);
    }
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(x);
      return u->op == TokenKind::Tilde || IsTypeElem(u->x);
    }
    case NodeKind::StarExpr: return IsTypeElem(static_cast<const StarExpr*>(x)->x);
    case NodeKind::ParenExpr: return IsTypeElem(static_cast<const ParenExpr*>(x)->x);
    default: return false;
  }
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
auto Parser::ParseVarSpec() -> Node* {
  auto* spec = New<ValueSpec>(pos());
  spec->names = ToList(ParseNameList(ParseName()));
  if (GotAssign()) {
    spec->values = ToList(ParseExprList());
  } else {
    spec->type = ParseType();
    if (GotAssign()) spec->values = ToList(ParseExprList());
  }
  return spec;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
auto Parser::ParseFuncDecl() -> FuncDecl* {
  auto* f = New<FuncDecl>(tokens_.pos(index_ - 1));
  if (Got(TokenKind::LParen)) {
    List<Field> recv = ParseParamList(nullptr, nullptr, TokenKind::RParen, false);
    if (recv.empty()) {
      ErrorAt(pos(), "method has no receiver");
    } else {
      if (recv.size() > 1) ErrorAt(pos(), "method has multiple receivers");
      f->recv = recv[0];
    }
  }
  if (tok() != TokenKind::Ident) {
    SyntaxError("expecting name or (");
    Advance({TokenKind::LBrace, TokenKind::Semicolon});
    return nullptr;
  }
  f->name = ParseName();
  List<Field> type_params;
  f->type = ParseFuncType(f->recv != nullptr ? "method" : "", &type_params);
  f->type->type_params = type_params;
  if (tok() == TokenKind::LBrace) f->body = ParseFuncBody();
  return f;
}

auto Parser::ParseFuncBody() -> BlockStmt* {
  ++fnest_;
  BlockStmt* body = ParseBlockStmt("");
  --fnest_;
  return body;
}

}  // namespace gocc::parse
