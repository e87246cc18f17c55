// Expressions and types.
#include "parser/parser_impl.h"

namespace gocc::parse {

// Expression = UnaryExpr | Expression binary_op Expression .
auto Parser::ParseExpr() -> Expr* { return ParseBinaryExpr(nullptr, 0); }

auto Parser::ParseBinaryExpr(Expr* x, int prec) -> Expr* {
  if (x == nullptr) x = ParseUnaryExpr();
  // Each operator of a chain `a + b + c ...` deepens the tree by one level, which every later
  // recursive walk pays for: chains count towards the depth limit.
  ChainGuard chain(*this);
  while (true) {
    int op_prec = Precedence(tok());
    if (op_prec <= prec) return x;
    if (!chain.Extend()) return x;
    auto* b = New<BinaryExpr>(pos());
    b->op = tok();
    Next();
    b->x = x;
    b->y = ParseBinaryExpr(nullptr, op_prec);
    x = b;
  }
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
auto Parser::ParseUnaryExpr() -> Expr* {
  NestingGuard guard(*this);
  if (!guard.ok()) return BadExprHere();
  switch (tok()) {
    case TokenKind::Mul: {
      auto* star = New<StarExpr>(pos());
      Next();
      star->x = ParseUnaryExpr();
      return star;
    }
    case TokenKind::Add: case TokenKind::Sub: case TokenKind::Not: case TokenKind::Xor:
    case TokenKind::Tilde: case TokenKind::And: {
      auto* u = New<UnaryExpr>(pos());
      u->op = tok();
      Next();
      u->x = ParseUnaryExpr();
      return u;
    }
    case TokenKind::Arrow: {
      Pos at = pos();
      Next();
      // <-x is a receive, unless x is a channel type: then it is a receive-only channel type
      // `<-chan T`, and the arrow binds to the outermost chan.
      Expr* x = ParseUnaryExpr();
      if (auto* c = x->As<ChanType>()) {
        ChanDir dir = ChanDir::Send;
        Expr* t = c;
        while (dir == ChanDir::Send) {
          auto* ct = t->As<ChanType>();
          if (ct == nullptr) break;
          dir = ct->dir;
          if (dir == ChanDir::Recv) {
            SyntaxError("unexpected <-, expecting chan");  // already <-chan T
          }
          ct->dir = ChanDir::Recv;
          t = ct->elem;
        }
        if (dir == ChanDir::Send) {
          SyntaxError("unexpected " + ExprString(t) + ", expecting chan");
        }
        c->pos = at;
        return c;
      }
      auto* u = New<UnaryExpr>(at);
      u->op = TokenKind::Arrow;
      u->x = x;
      return u;
    }
    default:
      return ParsePrimaryExpr(nullptr);
  }
}

// Operand = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
auto Parser::ParseOperand() -> Expr* {
  switch (tok()) {
    case TokenKind::Ident:
      return ParseName();
    case TokenKind::Int: case TokenKind::Float: case TokenKind::Imag: case TokenKind::Char:
    case TokenKind::String:
      return ParseLiteralOrNull();
    case TokenKind::LParen: {
      Pos at = pos();
      Next();
      ++xnest_;
      Expr* x = ParseExpr();
      --xnest_;
      Want(TokenKind::RParen);
      // Parentheses stay in the tree (as in go/ast); gc drops most of them, but no decision
      // below depends on it: where it matters, the parser looks through them with Unparen.
      auto* paren = New<ParenExpr>(at);
      paren->x = x;
      return paren;
    }
    case TokenKind::Func: {
      Pos at = pos();
      Next();
      FuncType* type = ParseFuncType("function type", nullptr);
      type->pos = at;
      if (tok() == TokenKind::LBrace) {
        ++xnest_;
        auto* lit = New<FuncLit>(at);
        lit->type = type;
        lit->body = ParseFuncBody();
        --xnest_;
        return lit;
      }
      return type;
    }
    case TokenKind::LBrack: case TokenKind::Chan: case TokenKind::Map: case TokenKind::Struct:
    case TokenKind::Interface:
      return ParseType();
    default: {
      Expr* bad = BadExprHere();
      SyntaxError("expecting expression");
      Advance({TokenKind::RParen, TokenKind::RBrack, TokenKind::RBrace});
      return bad;
    }
  }
}

namespace {

// Whether x is certainly a value (not a type), so that `x{` cannot start a composite literal.
auto IsValue(const Expr* x) -> bool {
  switch (x->kind) {
    case NodeKind::BasicLit: case NodeKind::CompositeLit: case NodeKind::FuncLit:
    case NodeKind::SliceExpr: case NodeKind::TypeAssertExpr: case NodeKind::CallExpr:
    case NodeKind::UnaryExpr: case NodeKind::BinaryExpr:
      return true;
    case NodeKind::ParenExpr: return IsValue(static_cast<const ParenExpr*>(x)->x);
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(x);
      if (IsValue(ix->x)) return true;
      return ix->indices.size() == 1 && IsValue(ix->indices[0]);
    }
    default: return false;
  }
}

}  // namespace

auto Unparen(Expr* x) -> Expr* {
  while (auto* p = x->As<ParenExpr>()) x = p->x;
  return x;
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector | PrimaryExpr Index |
//               PrimaryExpr Slice | PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
auto Parser::ParsePrimaryExpr(Expr* x) -> Expr* {
  if (x == nullptr) x = ParseOperand();
  ChainGuard chain(*this);  // x.f.g(...)[i]... deepens the tree at each step
  while (true) {
    if (!chain.Extend()) return x;
    Pos at = pos();
    switch (tok()) {
      case TokenKind::Period: {
        Next();
        if (tok() == TokenKind::Ident) {
          auto* sel = New<SelectorExpr>(at);
          sel->x = x;
          sel->sel = ParseName();
          x = sel;
        } else if (Got(TokenKind::LParen)) {
          auto* assert = New<TypeAssertExpr>(at);
          assert->x = x;
          if (!Got(TokenKind::Type)) assert->type = ParseType();
          Want(TokenKind::RParen);
          x = assert;
        } else {
          SyntaxError("expecting name or (");
          Advance({TokenKind::Semicolon, TokenKind::RParen});
        }
        break;
      }
      case TokenKind::LBrack: {
        Next();
        if (tok() == TokenKind::RBrack) {
          SyntaxError("expecting operand");  // empty index
          Next();
          break;
        }
        Expr* index = nullptr;
        if (tok() != TokenKind::Colon) {
          bool comma = false;
          std::vector<Expr*> list = ParseTypeList(&comma);
          if (comma || tok() == TokenKind::RBrack) {
            Want(TokenKind::RBrack);
            auto* ix = New<IndexExpr>(at);
            ix->x = x;
            ix->indices = ToList(list);
            x = ix;
            break;
          }
          index = list[0];
        }
        // a slice expression
        if (!Got(TokenKind::Colon)) {
          SyntaxError("expecting comma, : or ]");
          Advance({TokenKind::Comma, TokenKind::Colon, TokenKind::RBrack});
        }
        ++xnest_;
        auto* slice = New<SliceExpr>(at);
        slice->x = x;
        slice->low = index;
        if (tok() != TokenKind::Colon && tok() != TokenKind::RBrack) slice->high = ParseExpr();
        if (tok() == TokenKind::Colon) {
          slice->slice3 = true;
          if (slice->high == nullptr) {
            ErrorAt(pos(), "middle index required in 3-index slice");
            slice->high = BadExprHere();
          }
          Next();
          if (tok() != TokenKind::RBrack) {
            slice->max = ParseExpr();
          } else {
            ErrorAt(pos(), "final index required in 3-index slice");
            slice->max = BadExprHere();
          }
        }
        --xnest_;
        Want(TokenKind::RBrack);
        x = slice;
        break;
      }
      case TokenKind::LParen: {
        auto* call = New<CallExpr>(at);
        Next();
        call->fun = x;
        call->args = ToList(ParseArgs(&call->has_dots));
        x = call;
        break;
      }
      case TokenKind::LBrace: {
        // A composite literal, if x can be a type here. In control clauses (xnest < 0) a name
        // followed by { is the start of the block instead.
        Expr* t = Unparen(x);
        bool complit_ok = false;
        switch (t->kind) {
          case NodeKind::Ident: case NodeKind::SelectorExpr:
            complit_ok = xnest_ >= 0;
            break;
          case NodeKind::IndexExpr:
            complit_ok = xnest_ >= 0 && !IsValue(t);
            break;
          case NodeKind::ArrayType: case NodeKind::StructType: case NodeKind::MapType:
            complit_ok = true;
            break;
          default:
            break;
        }
        if (!complit_ok) return x;
        if (t != x) SyntaxError("cannot parenthesize type in composite literal");
        x = ParseCompositeLit(x);
        break;
      }
      default:
        return x;
    }
  }
}

// Element = Expression | LiteralValue .
auto Parser::ParseBareCompositeElement() -> Expr* {
  if (tok() == TokenKind::LBrace) return ParseCompositeLit(nullptr);
  return ParseExpr();
}

// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
auto Parser::ParseCompositeLit(Expr* type) -> CompositeLit* {
  NestingGuard guard(*this);
  auto* lit = New<CompositeLit>(pos());
  if (!guard.ok()) {
    lit->type = type;
    return lit;
  }
  lit->type = type;
  lit->lbrace = pos();
  std::vector<Expr*> elts;
  ++xnest_;
  Want(TokenKind::LBrace);
  lit->rbrace = ParseList("composite literal", TokenKind::Comma, TokenKind::RBrace, [&] {
    Expr* e = ParseBareCompositeElement();
    if (tok() == TokenKind::Colon) {
      auto* kv = New<KeyValueExpr>(pos());
      Next();
      kv->key = e;
      kv->value = ParseBareCompositeElement();
      e = kv;
    }
    elts.push_back(e);
    return false;
  });
  --xnest_;
  lit->elts = ToList(elts);
  return lit;
}

// ExpressionList = Expression { "," Expression } .
auto Parser::ParseExprList() -> std::vector<Expr*> {
  std::vector<Expr*> list{ParseExpr()};
  while (Got(TokenKind::Comma)) list.push_back(ParseExpr());
  return list;
}

// The contents of an index or type argument list: an expression, then types after commas.
auto Parser::ParseTypeList(bool* comma) -> std::vector<Expr*> {
  ++xnest_;
  std::vector<Expr*> list{ParseExpr()};
  if (Got(TokenKind::Comma)) {
    *comma = true;
    while (Expr* t = ParseTypeOrNull()) {
      list.push_back(t);
      if (!Got(TokenKind::Comma)) break;
    }
  }
  --xnest_;
  return list;
}

// Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .
auto Parser::ParseArgs(bool* has_dots) -> std::vector<Expr*> {
  std::vector<Expr*> args;
  ++xnest_;
  ParseList("argument list", TokenKind::Comma, TokenKind::RParen, [&] {
    args.push_back(ParseExpr());
    *has_dots = Got(TokenKind::Ellipsis);
    return *has_dots;
  });
  --xnest_;
  return args;
}

auto Parser::ParseType() -> Expr* {
  Expr* type = ParseTypeOrNull();
  if (type == nullptr) {
    type = BadExprHere();
    SyntaxError("expecting type");
    Advance({TokenKind::Comma, TokenKind::Colon, TokenKind::Semicolon, TokenKind::RParen,
             TokenKind::RBrack, TokenKind::RBrace});
  }
  return type;
}

// Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
auto Parser::ParseTypeOrNull() -> Expr* {
  NestingGuard guard(*this);
  if (!guard.ok()) return BadExprHere();
  Pos at = pos();
  switch (tok()) {
    case TokenKind::Mul: {
      Next();
      auto* star = New<StarExpr>(at);
      star->x = ParseType();
      return star;
    }
    case TokenKind::Arrow: {
      Next();
      Want(TokenKind::Chan);
      auto* chan = New<ChanType>(at);
      chan->dir = ChanDir::Recv;
      chan->elem = ParseChanElem();
      return chan;
    }
    case TokenKind::Func: {
      Next();
      FuncType* type = ParseFuncType("function type", nullptr);
      type->pos = at;
      return type;
    }
    case TokenKind::LBrack:
      Next();
      if (Got(TokenKind::RBrack)) return ParseSliceType(at);
      return ParseArrayType(at, nullptr);
    case TokenKind::Chan: {
      Next();
      auto* chan = New<ChanType>(at);
      chan->dir = Got(TokenKind::Arrow) ? ChanDir::Send : ChanDir::Both;
      chan->elem = ParseChanElem();
      return chan;
    }
    case TokenKind::Map: {
      Next();
      Want(TokenKind::LBrack);
      auto* map = New<MapType>(at);
      map->key = ParseType();
      Want(TokenKind::RBrack);
      map->value = ParseType();
      return map;
    }
    case TokenKind::Struct:
      return ParseStructType();
    case TokenKind::Interface:
      return ParseInterfaceType();
    case TokenKind::Ident:
      return ParseQualifiedName(nullptr);
    case TokenKind::LParen: {
      Next();
      auto* paren = New<ParenExpr>(at);
      paren->x = ParseType();
      Want(TokenKind::RParen);
      return paren;
    }
    default:
      return nullptr;
  }
}

// TypeArgs = "[" TypeList [ "," ] "]" .
auto Parser::ParseTypeInstance(Expr* type) -> Expr* {
  auto* ix = New<IndexExpr>(pos());
  Want(TokenKind::LBrack);
  ix->x = type;
  if (tok() == TokenKind::RBrack) {
    SyntaxError("expecting type");
    std::vector<Expr*> bad{BadExprHere()};
    ix->indices = ToList(bad);
  } else {
    bool comma = false;
    ix->indices = ToList(ParseTypeList(&comma));
  }
  Want(TokenKind::RBrack);
  return ix;
}

// Signature = [ TypeParams ] Parameters [ Result ] .
// context names what may not have type parameters ("" when they are allowed).
auto Parser::ParseFuncType(std::string_view context, List<Field>* type_params) -> FuncType* {
  auto* type = New<FuncType>(pos());
  if (Got(TokenKind::LBrack)) {
    if (!context.empty()) {
      SyntaxErrorAt(type->pos, std::string(context) + " must have no type parameters");
    }
    if (tok() == TokenKind::RBrack) {
      SyntaxError("empty type parameter list");
      Next();
    } else {
      List<Field> params = ParseParamList(nullptr, nullptr, TokenKind::RBrack, true);
      if (type_params != nullptr) *type_params = params;
      type->type_params = params;
    }
  }
  Want(TokenKind::LParen);
  type->params = ParseParamList(nullptr, nullptr, TokenKind::RParen, false);
  type->results = ParseResults();
  return type;
}

// ArrayType = "[" ArrayLength "]" ElementType .  (after the "[")
auto Parser::ParseArrayType(Pos at, Expr* len) -> Expr* {
  if (len == nullptr) {
    if (tok() == TokenKind::Ellipsis) {
      len = New<Ellipsis>(pos());
      Next();
    } else {
      ++xnest_;
      len = ParseExpr();
      --xnest_;
    }
  }
  if (tok() == TokenKind::Comma) {
    SyntaxError("unexpected comma; expecting ]");
    Next();
  }
  Want(TokenKind::RBrack);
  auto* array = New<ArrayType>(at);
  array->len = len;
  array->elem = ParseType();
  return array;
}

// SliceType = "[" "]" ElementType .  (after the "[]")
auto Parser::ParseSliceType(Pos at) -> Expr* {
  auto* slice = New<ArrayType>(at);
  slice->elem = ParseType();
  return slice;
}

auto Parser::ParseChanElem() -> Expr* {
  Expr* type = ParseTypeOrNull();
  if (type == nullptr) {
    type = BadExprHere();
    SyntaxError("missing channel element type");
  }
  return type;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
auto Parser::ParseStructType() -> StructType* {
  auto* type = New<StructType>(pos());
  Want(TokenKind::Struct);
  Want(TokenKind::LBrace);
  std::vector<Field*> fields;
  ParseList("struct type", TokenKind::Semicolon, TokenKind::RBrace, [&] {
    ParseFieldDecl(fields);
    return false;
  });
  type->fields = ToList(fields);
  return type;
}

auto Parser::AddField(std::vector<Field*>& fields, Pos at, Ident* name, Expr* type, BasicLit* tag)
    -> void {
  auto* f = New<Field>(at);
  if (name != nullptr) {
    std::vector<Ident*> names{name};
    f->names = ToList(names);
  }
  f->type = type;
  f->tag = tag;
  fields.push_back(f);
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
void Parser::ParseFieldDecl(std::vector<Field*>& fields) {
  Pos at = pos();
  switch (tok()) {
    case TokenKind::Ident: {
      Ident* name = ParseName();
      if (tok() == TokenKind::Period || IsLiteral(tok()) || tok() == TokenKind::Semicolon ||
          tok() == TokenKind::RBrace) {
        Expr* type = ParseQualifiedName(name);  // embedded type
        AddField(fields, at, nullptr, type, ParseLiteralOrNull());
        return;
      }
      std::vector<Ident*> names = ParseNameList(name);
      Expr* type;
      if (names.size() == 1 && tok() == TokenKind::LBrack) {
        type = ParseArrayOrTypeArgs();
        if (auto* ix = type->As<IndexExpr>()) {  // embedded generic type `T[A]`
          ix->x = name;
          AddField(fields, at, nullptr, ix, ParseLiteralOrNull());
          return;
        }
      } else {
        type = ParseType();
      }
      BasicLit* tag = ParseLiteralOrNull();
      auto* f = New<Field>(at);
      f->names = ToList(names);
      f->type = type;
      f->tag = tag;
      fields.push_back(f);
      return;
    }
    case TokenKind::Mul: {
      Next();
      Expr* type;
      if (tok() == TokenKind::LParen) {
        SyntaxError("cannot parenthesize embedded type");
        Next();
        type = ParseQualifiedName(nullptr);
        Got(TokenKind::RParen);
      } else {
        type = ParseQualifiedName(nullptr);
      }
      auto* star = New<StarExpr>(at);
      star->x = type;
      AddField(fields, at, nullptr, star, ParseLiteralOrNull());
      return;
    }
    case TokenKind::LParen: {
      SyntaxError("cannot parenthesize embedded type");
      Next();
      Expr* type;
      if (tok() == TokenKind::Mul) {
        auto* star = New<StarExpr>(pos());
        Next();
        star->x = ParseQualifiedName(nullptr);
        type = star;
      } else {
        type = ParseQualifiedName(nullptr);
      }
      Got(TokenKind::RParen);
      AddField(fields, at, nullptr, type, ParseLiteralOrNull());
      return;
    }
    default:
      SyntaxError("expecting field name or embedded type");
      Advance({TokenKind::Semicolon, TokenKind::RBrace});
      return;
  }
}

// After a field or parameter name: `[N]E` (an array type) or `[A, B]` (type arguments, returned
// as an IndexExpr whose x the caller fills in).
auto Parser::ParseArrayOrTypeArgs() -> Expr* {
  Pos at = pos();
  Want(TokenKind::LBrack);
  if (Got(TokenKind::RBrack)) return ParseSliceType(at);
  bool comma = false;
  std::vector<Expr*> list = ParseTypeList(&comma);
  Want(TokenKind::RBrack);
  if (!comma) {
    if (Expr* elem = ParseTypeOrNull()) {
      auto* array = New<ArrayType>(at);
      array->len = list[0];
      array->elem = elem;
      return array;
    }
  }
  auto* ix = New<IndexExpr>(at);
  ix->indices = ToList(list);
  return ix;
}

// InterfaceType = "interface" "{" { ( MethodElem | TypeElem ) ";" } "}" .
auto Parser::ParseInterfaceType() -> InterfaceType* {
  auto* type = New<InterfaceType>(pos());
  Want(TokenKind::Interface);
  Want(TokenKind::LBrace);
  std::vector<Field*> elems;
  ParseList("interface type", TokenKind::Semicolon, TokenKind::RBrace, [&] {
    Field* f = nullptr;
    if (tok() == TokenKind::Ident) f = ParseMethodDecl();
    if (f == nullptr || f->names.empty()) f = ParseEmbeddedElem(f);
    elems.push_back(f);
    return false;
  });
  type->elems = ToList(elems);
  return type;
}

// MethodElem = MethodName Signature .  Or an embedded type name (with type arguments).
auto Parser::ParseMethodDecl() -> Field* {
  auto* f = New<Field>(pos());
  Ident* name = ParseName();
  auto set_method = [&] {
    std::vector<Ident*> names{name};
    f->names = ToList(names);
    f->type = ParseFuncType("interface method", nullptr);
  };
  switch (tok()) {
    case TokenKind::LParen:
      set_method();
      break;
    case TokenKind::LBrack: {
      Pos lbrack = pos();
      Next();
      if (tok() == TokenKind::RBrack) {
        Pos rbrack = pos();
        Next();
        if (tok() == TokenKind::LParen) {
          ErrorAt(rbrack, "empty type parameter list");
          set_method();
        } else {
          ErrorAt(rbrack, "empty type argument list");
          f->type = name;
        }
        break;
      }
      List<Field> list = ParseParamList(nullptr, nullptr, TokenKind::RBrack, false);
      if (list.empty()) {
        if (tok() == TokenKind::LParen) {
          set_method();
        } else {
          f->type = name;
        }
        break;
      }
      if (!list[0]->names.empty()) {
        // a generic method: not allowed
        set_method();
        ErrorAt(lbrack, "interface method must have no type parameters");
        break;
      }
      auto* ix = New<IndexExpr>(lbrack);
      ix->x = name;
      std::vector<Expr*> args;
      for (Field* p : list) args.push_back(p->type);
      ix->indices = ToList(args);
      f->type = ix;
      break;
    }
    default:
      f->type = ParseQualifiedName(name);
      break;
  }
  return f;
}

// TypeElem = TypeTerm { "|" TypeTerm } .
auto Parser::ParseEmbeddedElem(Field* f) -> Field* {
  if (f == nullptr) {
    f = New<Field>(pos());
    f->type = ParseEmbeddedTerm();
  }
  while (tok() == TokenKind::Or) {
    auto* b = New<BinaryExpr>(pos());
    b->op = TokenKind::Or;
    Next();
    b->x = f->type;
    b->y = ParseEmbeddedTerm();
    f->type = b;
  }
  return f;
}

// TypeTerm = Type | UnderlyingType .   UnderlyingType = "~" Type .
auto Parser::ParseEmbeddedTerm() -> Expr* {
  if (tok() == TokenKind::Tilde) {
    auto* u = New<UnaryExpr>(pos());
    u->op = TokenKind::Tilde;
    Next();
    u->x = ParseType();
    return u;
  }
  Expr* t = ParseTypeOrNull();
  if (t == nullptr) {
    t = BadExprHere();
    SyntaxError("expecting ~ term or type");
    Advance({TokenKind::Or, TokenKind::Semicolon, TokenKind::RParen, TokenKind::RBrack,
             TokenKind::RBrace});
  }
  return t;
}

// Result = Parameters | Type .
auto Parser::ParseResults() -> List<Field> {
  if (Got(TokenKind::LParen)) return ParseParamList(nullptr, nullptr, TokenKind::RParen, false);
  Pos at = pos();
  if (Expr* type = ParseTypeOrNull()) {
    std::vector<Field*> one;
    auto* f = New<Field>(at);
    f->type = type;
    one.push_back(f);
    return ToList(one);
  }
  return {};
}

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One name or one type at a time; the
// list parser groups them. follow is RParen, or RBrack for type parameters (which allow type
// set elements).
auto Parser::ParseParamDecl(Ident* name, TokenKind follow) -> Field* {
  bool type_sets_ok = follow == TokenKind::RBrack;
  Pos at = name != nullptr ? name->pos : pos();
  if (name == nullptr && type_sets_ok && tok() == TokenKind::Tilde) {
    return ParseEmbeddedElem(nullptr);
  }
  auto* f = New<Field>(at);
  auto set_name = [&](Ident* n) {
    std::vector<Ident*> names{n};
    f->names = ToList(names);
  };
  if (tok() == TokenKind::Ident || name != nullptr) {
    if (name == nullptr) name = ParseName();
    if (tok() == TokenKind::LBrack) {
      f->type = ParseArrayOrTypeArgs();
      if (auto* ix = f->type->As<IndexExpr>()) {
        ix->x = name;
      } else {
        set_name(name);
      }
      if (type_sets_ok && tok() == TokenKind::Or) f = ParseEmbeddedElem(f);
      return f;
    }
    if (tok() == TokenKind::Period) {
      f->type = ParseQualifiedName(name);
      if (type_sets_ok && tok() == TokenKind::Or) f = ParseEmbeddedElem(f);
      return f;
    }
    if (type_sets_ok && tok() == TokenKind::Or) {
      f->type = name;
      return ParseEmbeddedElem(f);
    }
    set_name(name);
  }
  if (tok() == TokenKind::Ellipsis) {
    auto* dots = New<Ellipsis>(pos());
    Next();
    dots->elem = ParseTypeOrNull();
    if (dots->elem == nullptr) {
      dots->elem = BadExprHere();
      SyntaxError("... is missing type");
    }
    f->type = dots;
    return f;
  }
  if (type_sets_ok && tok() == TokenKind::Tilde) {
    f->type = ParseEmbeddedElem(nullptr)->type;
    return f;
  }
  f->type = ParseTypeOrNull();
  if (type_sets_ok && tok() == TokenKind::Or && f->type != nullptr) f = ParseEmbeddedElem(f);
  if (!f->names.empty() || f->type != nullptr) return f;
  SyntaxError("expecting " + TokString(follow));
  Advance({TokenKind::Comma, follow});
  return nullptr;
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" .  (after the opening token)
//
// Each element is parsed as a name, a type, or a name and a type; afterwards the list is
// resolved: if no element has both, names are really types (`func(int, string)`); otherwise
// names without a type take the type to their right (`func(a, b int)`).
auto Parser::ParseParamList(Ident* name, Expr* type, TokenKind close, bool require_names)
    -> List<Field> {
  std::vector<Field*> list;
  if (name != nullptr && type != nullptr && tok() == close) {
    Next();
    auto* f = New<Field>(name->pos);
    std::vector<Ident*> names{name};
    f->names = ToList(names);
    f->type = type;
    list.push_back(f);
    return ToList(list);
  }
  int named = 0;  // elements with a name and a type
  int typed = 0;  // elements with a type
  Pos end = ParseList("parameter list", TokenKind::Comma, close, [&] {
    Field* par;
    if (type != nullptr) {
      par = New<Field>(name->pos);
      std::vector<Ident*> names{name};
      par->names = ToList(names);
      par->type = type;
    } else {
      par = ParseParamDecl(name, close);
    }
    name = nullptr;
    type = nullptr;
    if (par != nullptr) {
      if (!par->names.empty() && par->type != nullptr) ++named;
      if (par->type != nullptr) ++typed;
      list.push_back(par);
    }
    return false;
  });
  if (list.empty()) return {};

  if (named == 0 && !require_names) {
    for (Field* par : list) {
      if (!par->names.empty()) {  // a lone name is a type
        par->type = par->names[0];
        par->names = {};
      }
    }
  } else if (named != static_cast<int>(list.size())) {
    Pos error_pos;
    Expr* current = nullptr;
    for (size_t i = list.size(); i-- > 0;) {
      Field* par = list[i];
      if (par->type != nullptr) {
        current = par->type;
        if (par->names.empty()) {
          error_pos = StartPos(current);
          std::vector<Ident*> names{NewIdent(error_pos, "_")};
          par->names = ToList(names);
        }
      } else if (current != nullptr) {
        par->type = current;
      } else {
        error_pos = par->names[0]->pos;
        auto* bad = New<BadExpr>(error_pos);
        par->type = bad;
      }
    }
    if (error_pos.IsValid()) {
      std::string msg;
      if (require_names) {
        if (named == typed) {
          error_pos = end;
          msg = "missing type constraint";
        } else {
          msg = "type parameters must be named";
        }
      } else {
        msg = "mixed named and unnamed parameters";
      }
      SyntaxErrorAt(error_pos, msg);
    }
  }
  // Merge consecutive parameters sharing one type node: `a, b int` is one Field with two names.
  std::vector<Field*> merged;
  for (Field* par : list) {
    if (!merged.empty() && !par->names.empty() && !merged.back()->names.empty() &&
        merged.back()->type == par->type) {
      std::vector<Ident*> names(merged.back()->names.begin(), merged.back()->names.end());
      names.push_back(par->names[0]);
      merged.back()->names = ToList(names);
      continue;
    }
    merged.push_back(par);
  }
  return ToList(merged);
}

auto Parser::ParseLiteralOrNull() -> BasicLit* {
  if (!IsLiteral(tok())) return nullptr;
  auto* lit = New<BasicLit>(pos());
  lit->lit_kind = tok();
  lit->value = text();
  Next();
  return lit;
}

auto Parser::ParseName() -> Ident* {
  if (tok() == TokenKind::Ident) {
    Ident* id = NewIdent(pos(), text());
    Next();
    return id;
  }
  Ident* id = NewIdent(pos(), "_");
  SyntaxError("expecting name");
  Advance();
  return id;
}

// IdentifierList = identifier { "," identifier } .
auto Parser::ParseNameList(Ident* first) -> std::vector<Ident*> {
  std::vector<Ident*> names{first};
  while (Got(TokenKind::Comma)) names.push_back(ParseName());
  return names;
}

// TypeName = identifier | PackageName "." identifier .  (with optional TypeArgs)
auto Parser::ParseQualifiedName(Ident* name) -> Expr* {
  Expr* x;
  if (name != nullptr) {
    x = name;
  } else if (tok() == TokenKind::Ident) {
    x = ParseName();
  } else {
    x = NewIdent(pos(), "_");
    SyntaxError("expecting name");
    Advance({TokenKind::Period, TokenKind::Semicolon, TokenKind::RBrace});
  }
  if (tok() == TokenKind::Period) {
    auto* sel = New<SelectorExpr>(pos());
    Next();
    sel->x = x;
    sel->sel = ParseName();
    x = sel;
  }
  if (tok() == TokenKind::LBrack) x = ParseTypeInstance(x);
  return x;
}

}  // namespace gocc::parse
