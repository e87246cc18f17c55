// Expressions (spec "Expressions"): operands, untyped constants and their conversion, unary and
// binary operators, calls and conversions, selectors, index and slice expressions, composite
// and function literals. After an error an operand becomes Invalid and stays quiet, so one
// mistake gives one message.
#include <algorithm>

#include "typecheck/check.h"
#include "typecheck/predicates.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

namespace gocc::types {

namespace {
constexpr std::string_view kInvalidOp = "invalid operation: ";

auto IsZero(const Value& v) -> bool {
  switch (v.kind()) {
    case ConstKind::Int: return v.int_value().IsZero();
    case ConstKind::Float: return v.real().Sign() == 0;
    case ConstKind::Complex: return v.real().Sign() == 0 && v.imag().Sign() == 0;
    default: return false;
  }
}
}  // namespace

auto Checker::Default(const Type* t) const -> const Type* {
  const auto* b = As<Basic>(t);
  if (b == nullptr || !IsUntyped(b)) return t;
  if (b->basic == BasicKind::UntypedRune) return universe_.LookupLocal("rune")->type;
  return BasicType(DefaultBasicKind(b->basic));
}

auto Checker::RhsValues(ast::List<ast::Expr> rhs, size_t want, bool comma_ok) -> std::vector<Operand> {
  std::vector<Operand> values;
  // types2's exprList: a single call is spread whatever the number of variables (so
  // `a = two()` is an assignment mismatch); comma-ok forms only for two variables.
  const ast::Expr* only = rhs.size() == 1 ? rhs[0] : nullptr;
  while (only != nullptr && only->kind == ast::NodeKind::ParenExpr) {
    only = static_cast<const ast::ParenExpr*>(only)->x;
  }
  if (only != nullptr && (want > 1 || only->kind == ast::NodeKind::CallExpr)) {
    MultiExpr(values, rhs[0], comma_ok && want == 2);
    return values;
  }
  for (const ast::Expr* e : rhs) {
    values.emplace_back();
    Expr(values.back(), e);
  }
  return values;
}

// A variable declaration's values (types2's arity, then varDecl/initVars): one value per name,
// or one multi-valued expression for several names. Returns nullopt after an error.
auto Checker::VarDeclValues(const ast::ValueSpec* vs) -> std::optional<std::vector<Operand>> {
  size_t l = vs->names.size(), r = vs->values.size();
  if (r == 0) return std::vector<Operand>{};
  if (l < r) {
    Error(ast::StartPos(vs->values[l]), "extra init expr ", ExprString(vs->values[l]));
    UseExprs(vs->values);
    return std::nullopt;
  }
  if (l > r && r != 1) {
    Error(vs->names[r]->pos, "missing init expr for ", std::string(vs->names[r]->name));
    UseExprs(vs->values);
    return std::nullopt;
  }
  std::vector<Operand> values;
  if (l == r) {
    for (const ast::Expr* v : vs->values) {
      values.emplace_back();
      Expr(values.back(), v);
    }
    return values;
  }
  values = RhsValues(vs->values, l);
  if (values.size() != l) {
    if (std::none_of(values.begin(), values.end(), [](const Operand& o) { return o.IsInvalid(); })) {
      ReportAssignMismatch(l, vs->values, values.size());
    }
    return std::nullopt;
  }
  return values;
}

void Checker::ReportAssignMismatch(size_t vars, ast::List<ast::Expr> rhs, size_t values) {
  std::string text = "assignment mismatch: " + std::to_string(vars) +
                     (vars == 1 ? " variable but " : " variables but ");
  const ast::Expr* only = rhs.size() == 1 ? rhs[0] : nullptr;
  while (only != nullptr && only->kind == ast::NodeKind::ParenExpr) {
    only = static_cast<const ast::ParenExpr*>(only)->x;
  }
  const auto* call = only != nullptr ? only->As<ast::CallExpr>() : nullptr;
  if (call != nullptr) text += ExprString(call->fun) + " returns ";
  text += std::to_string(values) + (values == 1 ? " value" : " values");
  Error(ast::StartPos(rhs[0]), text);
}

void Checker::UseExprs(ast::List<ast::Expr> list) {
  for (const ast::Expr* e : list) {
    Operand x;
    ExprOrType(x, e);
  }
}

void Checker::Expr(Operand& x, const ast::Expr* e) {
  ExprOrType(x, e);
  if (x.mode == OperandMode::TypeExpr) {
    Error(ast::StartPos(e), ExprString(e), " (type) is not an expression");
    x.mode = OperandMode::Invalid;
  } else if (As<Tuple>(x.type) && x.mode != OperandMode::NoValue && !x.IsInvalid()) {
    Error(ast::StartPos(e), "multiple-value ", OperandString(x), " in single-value context");
    x.mode = OperandMode::Invalid;
  } else if (x.mode == OperandMode::NoValue) {
    Error(ast::StartPos(e), ExprString(e), " (no value) used as value");
    x.mode = OperandMode::Invalid;
  } else if (x.mode == OperandMode::Builtin) {
    Error(ast::StartPos(e), ExprString(e), " (built-in) must be called");
    x.mode = OperandMode::Invalid;
  }
}

// A call or receive that may give several values: f() with several results, m[k], x.(T), <-c.
void Checker::MultiExpr(std::vector<Operand>& xs, const ast::Expr* e, bool comma_ok) {
  if (const auto* call = e->As<ast::CallExpr>()) {
    Operand f;
    ExprOrType(f, call->fun);
    if (f.mode != OperandMode::TypeExpr && f.mode != OperandMode::Builtin && !f.IsInvalid()) {
      if (const auto* sig = As<Signature>(Underlying(f.type)); sig && sig->results.size() > 1) {
        Operand x;
        Call(x, call);
        if (info_ != nullptr) Record(e, x);
        for (const Var& r : sig->results) {
          Operand v;
          v.mode = OperandMode::Value;
          v.type = r.type;
          v.expr = e;
          xs.push_back(v);
        }
        return;
      }
    }
  }
  Operand x;
  Expr(x, e);
  if (comma_ok && (x.mode == OperandMode::CommaOk || x.mode == OperandMode::MapIndex)) {
    Operand ok;
    ok.mode = OperandMode::Value;
    ok.type = BasicType(BasicKind::UntypedBool);
    ok.expr = e;
    if (x.mode == OperandMode::CommaOk) x.mode = OperandMode::Value;
    RecordCommaOk(e, x.type);
    xs.push_back(x);
    xs.push_back(ok);
    return;
  }
  xs.push_back(x);
}

// types2's sliceExpr: what can be sliced, constant indices within the length (+1: a slice
// may end at the length) and in order.
void Checker::SliceExpr(Operand& x, const ast::SliceExpr* e) {
  Expr(x, e->x);
  const ast::Expr* indices[3] = {e->low, e->high, e->max};
  if (x.IsInvalid()) {
    for (const ast::Expr* i : indices) {
      Operand unused;
      if (i != nullptr) Expr(unused, i);
    }
    return;
  }
  int64_t length = -1;
  const Type* u = Underlying(x.type);
  bool valid = false;
  if (IsString(u)) {
    if (e->slice3) {
      Error(e->max != nullptr ? ast::StartPos(e->max) : e->pos, kInvalidOp, "3-index slice of string");
      x.mode = OperandMode::Invalid;
      return;
    }
    valid = true;
    if (x.mode == OperandMode::Constant) length = static_cast<int64_t>(x.value.string_value().size());
    if (IsUntyped(x.type)) x.type = BasicType(BasicKind::String);
  } else if (const auto* a = As<Array>(u)) {
    if (x.mode != OperandMode::Variable) {
      Error(ast::StartPos(e->x), kInvalidOp, "cannot slice ", OperandString(x), " (value not addressable)");
      x.mode = OperandMode::Invalid;
      return;
    }
    valid = true;
    length = a->len;
    Slice* s = NewType<Slice>();
    s->elem = a->elem;
    x.type = s;
  } else if (const auto* p = As<Pointer>(u); p && As<Array>(Underlying(p->elem))) {
    const auto* a = As<Array>(Underlying(p->elem));
    valid = true;
    length = a->len;
    Slice* s = NewType<Slice>();
    s->elem = a->elem;
    x.type = s;
  } else if (As<Slice>(u) != nullptr) {
    valid = true;
  }
  if (!valid) {
    Error(ast::StartPos(e->x), kInvalidOp, "cannot slice ", OperandString(x));
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;
  x.expr = e;
  int64_t ind[3];
  for (int i = 0; i < 3; ++i) {
    int64_t v = -1;
    if (indices[i] != nullptr) {
      v = CheckIndex(indices[i], length >= 0 ? length + 1 : -1);
      if (v < 0) v = -1;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < 2; ++i) {
    if (ind[i] <= 0) continue;
    for (int j = i + 1; j < 3; ++j) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        Error(ast::StartPos(indices[j]), "invalid slice indices: ", std::to_string(ind[j]), " < ",
              std::to_string(ind[i]));
        return;  // one error is enough
      }
    }
  }
}

void Checker::Ident(Operand& x, const ast::Ident* id) {
  if (id->name == "_") {
    Error(id->pos, "cannot use _ as value or type");
    return;
  }
  Object* obj = current_scope_->Lookup(id->name);
  if (obj == nullptr) {
    Error(id->pos, "undefined: ", std::string(id->name));
    return;
  }
  obj->used = true;
  RecordUse(id, obj);
  if (obj->global) AddDep(obj);
  switch (obj->kind) {
    case ObjectKind::TypeName:
      x.mode = OperandMode::TypeExpr;
      x.type = obj->decl != nullptr && obj->decl->kind == ast::NodeKind::TypeSpec
                   ? ResolveTypeName(obj)
                   : obj->type;
      return;
    case ObjectKind::Const: {
      if (obj == universe_.LookupLocal("iota")) {
        if (current_iota_ < 0) {
          Error(id->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.mode = OperandMode::Constant;
        x.type = BasicType(BasicKind::UntypedInt);
        x.value = Value::Int(BigInt(current_iota_));
        return;
      }
      if (obj->decl == nullptr && obj->value == nullptr) {  // true, false
        x.mode = OperandMode::Constant;
        x.type = obj->type;
        x.value = Value::Bool(obj->name == "true");
        return;
      }
      ConstObject(obj);
      auto value = const_values_.find(obj);
      if (value == const_values_.end()) return;
      x.mode = OperandMode::Constant;
      x.type = obj->type;
      x.value = value->second;
      return;
    }
    case ObjectKind::Var:
      if (obj->type == nullptr && obj->decl != nullptr) {  // a package variable not typed yet
        if (const auto* spec = obj->decl->As<ast::ValueSpec>()) VarSpec(obj, spec);
      }
      x.mode = OperandMode::Variable;
      x.type = obj->type != nullptr ? obj->type : Invalid();
      if (As<Basic>(x.type) && static_cast<const Basic*>(x.type)->basic == BasicKind::Invalid) {
        x.mode = OperandMode::Invalid;
      }
      return;
    case ObjectKind::Func:
      x.mode = OperandMode::Value;
      x.type = obj->type;
      if (x.type == nullptr) x.mode = OperandMode::Invalid;
      return;
    case ObjectKind::Builtin:
      x.mode = OperandMode::Builtin;
      x.builtin = obj->name;
      return;
    case ObjectKind::Nil:
      x.mode = OperandMode::Nil;
      x.type = BasicType(BasicKind::UntypedNil);
      return;
    case ObjectKind::Package:
      Error(id->pos, "use of package ", std::string(id->name), " without selector");
      return;
  }
}

void Checker::ExprOrType(Operand& x, const ast::Expr* e) {
  ExprOrTypeImpl(x, e);
  // A value of an unknown type (after an error, or from a package not loaded yet) stays quiet.
  const auto* b = As<Basic>(x.type);
  if (b != nullptr && b->basic == BasicKind::Invalid && x.mode != OperandMode::TypeExpr) {
    x.mode = OperandMode::Invalid;
  }
  if (info_ != nullptr) Record(e, x);
}

void Checker::ExprOrTypeImpl(Operand& x, const ast::Expr* e) {
  x = Operand();
  x.expr = e;
  switch (e->kind) {
    case ast::NodeKind::BadExpr:
      return;
    case ast::NodeKind::Ident:
      Ident(x, static_cast<const ast::Ident*>(e));
      return;
    case ast::NodeKind::BasicLit: {
      const auto* lit = static_cast<const ast::BasicLit*>(e);
      bool too_large = false;
      x.value = Value::FromLiteral(lit->lit_kind, lit->value, &too_large);
      if (!x.value.IsKnown()) {
        // A malformed literal has been reported by the lexer; a well-formed float whose decimal
        // exponent is beyond the exact rationals gocc keeps (constant.h) has not (gc's 512-bit
        // floats take 1e646456992).
        if (too_large) {
          diags_.Report(lit->pos, DiagKind::Unsupported,
                        "floating-point constants with a decimal exponent beyond 1e" + std::to_string(kMaxExponent));
        }
        return;
      }
      x.mode = OperandMode::Constant;
      switch (lit->lit_kind) {
        case lex::TokenKind::Int: x.type = BasicType(BasicKind::UntypedInt); break;
        case lex::TokenKind::Float: x.type = BasicType(BasicKind::UntypedFloat); break;
        case lex::TokenKind::Imag: x.type = BasicType(BasicKind::UntypedComplex); break;
        case lex::TokenKind::Char: x.type = BasicType(BasicKind::UntypedRune); break;
        default: x.type = BasicType(BasicKind::UntypedString); break;
      }
      return;
    }
    case ast::NodeKind::ParenExpr: {
      ExprOrType(x, static_cast<const ast::ParenExpr*>(e)->x);
      x.expr = e;
      return;
    }
    case ast::NodeKind::FuncLit: {
      const auto* lit = static_cast<const ast::FuncLit*>(e);
      const Signature* sig = SignatureOf(lit->type);
      bool has_call_or_recv = has_call_or_recv_;  // the body's calls are not the expression's
      CheckFuncBody(lit->body, sig, nullptr, lit->type);
      has_call_or_recv_ = has_call_or_recv;
      x.mode = OperandMode::Value;
      x.type = sig;
      return;
    }
    case ast::NodeKind::CompositeLit:
      CompositeLit(x, static_cast<const ast::CompositeLit*>(e), nullptr);
      return;
    case ast::NodeKind::SelectorExpr:
      Selector(x, static_cast<const ast::SelectorExpr*>(e));
      return;
    case ast::NodeKind::IndexExpr:
      Index(x, static_cast<const ast::IndexExpr*>(e));
      return;
    case ast::NodeKind::SliceExpr:
      SliceExpr(x, static_cast<const ast::SliceExpr*>(e));
      return;
    case ast::NodeKind::TypeAssertExpr: {
      const auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
      Expr(x, ta->x);
      if (ta->type == nullptr) {
        Error(ta->pos, "use of .(type) outside type switch");
        x.mode = OperandMode::Invalid;
        return;
      }
      const Type* t = TypeOf(ta->type);
      if (x.IsInvalid()) return;
      if (!IsInterface(x.type)) {
        Error(ast::StartPos(ta->x), kInvalidOp, OperandString(x), " is not an interface");
        x.mode = OperandMode::Invalid;
        return;
      }
      if (!IsInterface(t)) {
        std::string reason;
        if (!Implements(t, x.type, &reason)) {
          Error(ast::StartPos(e), "impossible type assertion: ", ExprString(e), "\n\t", TypeString(t),
                " does not implement ", TypeString(x.type), " ", reason);
          x.mode = OperandMode::Invalid;
          return;
        }
      }
      x.mode = OperandMode::CommaOk;
      x.type = t;
      x.expr = e;
      return;
    }
    case ast::NodeKind::CallExpr:
      Call(x, static_cast<const ast::CallExpr*>(e));
      return;
    case ast::NodeKind::StarExpr: {
      const ast::Expr* inner = static_cast<const ast::StarExpr*>(e)->x;
      ExprOrType(x, inner);
      if (x.IsInvalid()) return;
      if (x.mode == OperandMode::TypeExpr) {
        Pointer* p = NewType<Pointer>();
        p->elem = x.type;
        x.type = p;
      } else if (const auto* p = As<Pointer>(Underlying(x.type))) {
        x.mode = OperandMode::Variable;
        x.type = p->elem;
      } else if (x.mode == OperandMode::Nil) {
        Error(ast::StartPos(e), kInvalidOp, "cannot indirect nil");
        x.mode = OperandMode::Invalid;
      } else {
        Error(ast::StartPos(inner), kInvalidOp, "cannot indirect ", OperandString(x));
        x.mode = OperandMode::Invalid;
      }
      x.expr = e;
      return;
    }
    case ast::NodeKind::UnaryExpr:
      Unary(x, static_cast<const ast::UnaryExpr*>(e));
      return;
    case ast::NodeKind::BinaryExpr:
      Binary(x, static_cast<const ast::BinaryExpr*>(e));
      return;
    case ast::NodeKind::KeyValueExpr:
      Error(e->pos, "unexpected key:value expression");
      return;
    default:
      // A type literal.
      x.mode = OperandMode::TypeExpr;
      x.type = TypeOf(e);
      return;
  }
}

void Checker::Unary(Operand& x, const ast::UnaryExpr* e) {
  Expr(x, e->x);
  x.expr = e;
  if (x.IsInvalid()) return;
  switch (e->op) {
    case lex::TokenKind::And: {
      const ast::Expr* inner = e->x;
      while (const auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
      if (x.mode != OperandMode::Variable && inner->kind != ast::NodeKind::CompositeLit) {
        // gc's parser drops the parentheses of &(x): its message shows x.
        Error(e->pos, kInvalidOp, "cannot take address of ",
              OperandString(Operand{x.mode, inner, x.type, x.value, {}}));
        x.mode = OperandMode::Invalid;
        return;
      }
      Pointer* p = NewType<Pointer>();
      p->elem = x.type;
      x.mode = OperandMode::Value;
      x.type = p;
      return;
    }
    case lex::TokenKind::Arrow: {
      const auto* c = As<Chan>(Underlying(x.type));
      if (c == nullptr) {
        Error(e->pos, kInvalidOp, "cannot receive from non-channel ", OperandString(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      if (c->dir == ChanDir::Send) {
        Error(e->pos, kInvalidOp, "cannot receive from send-only channel ", OperandString(x));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = OperandMode::CommaOk;
      x.type = c->elem;
      has_call_or_recv_ = true;
      return;
    }
    default:
      break;
  }
  bool ok = e->op == lex::TokenKind::Not ? IsBoolean(x.type)
            : e->op == lex::TokenKind::Xor ? IsInteger(x.type)
                                           : IsNumeric(x.type);
  if (!ok) {
    Error(e->pos, kInvalidOp, "operator ", std::string(lex::SpellingOf(e->op)),
          " not defined on ", OperandString(Operand{x.mode, e->x, x.type, x.value, {}}));
    x.mode = OperandMode::Invalid;
    return;
  }
  if (x.mode == OperandMode::Constant) {
    Value v = UnaryOp(e->op, x.value);
    if (e->op == lex::TokenKind::Xor && IsUnsigned(x.type)) {
      // ^x on an unsigned constant flips its bits within the type's width.
      Arch arch{"", word_size_, word_size_};
      int64_t bits = Sizes(arch).SizeOf(x.type) * 8;
      v = Value::Int(x.value.int_value() ^ (BigInt(1).Shl(static_cast<uint64_t>(bits)) - BigInt(1)));
    }
    x.value = v;
    CheckConstantFits(x);
    return;
  }
  x.mode = OperandMode::Value;
}

// How a binary operation is quoted in messages: `x += y` when it comes from an assignment.
auto Checker::BinaryText(const ast::BinaryExpr* e) const -> std::string {
  if (op_assign_ != nullptr && op_assign_->lhs[0] == e->x) return ast::StmtString(op_assign_);
  return ExprString(e);
}

void Checker::Binary(Operand& x, const ast::BinaryExpr* e) {
  Operand y;
  Expr(x, e->x);
  Expr(y, e->y);
  if (x.IsInvalid() || y.IsInvalid()) {
    x.mode = OperandMode::Invalid;
    x.expr = e;
    return;
  }
  lex::TokenKind op = e->op;
  if (op == lex::TokenKind::Shl || op == lex::TokenKind::Shr) {
    Shift(x, y, e);
    return;
  }
  // Untyped operands take the other operand's type (or the "larger" untyped kind).
  MatchTypes(x, y);
  x.expr = e;
  if (x.IsInvalid() || y.IsInvalid()) {
    x.mode = OperandMode::Invalid;
    return;
  }
  bool comparison = op == lex::TokenKind::Equal || op == lex::TokenKind::NotEqual ||
                    op == lex::TokenKind::Less || op == lex::TokenKind::LessEqual ||
                    op == lex::TokenKind::Greater || op == lex::TokenKind::GreaterEqual;
  if (comparison) {
    Comparison(x, y, e);
    return;
  }
  if (!Identical(x.type, y.type)) {
    if (!(x.mode == OperandMode::Nil || y.mode == OperandMode::Nil)) {
      Error(ast::StartPos(e->x), kInvalidOp, BinaryText(e), " (mismatched types ",
            TypeString(x.type), " and ", TypeString(y.type), ")");
    } else {
      Error(ast::StartPos(e->x), kInvalidOp, "operator ", std::string(lex::SpellingOf(op)),
            " not defined on nil");
    }
    x.mode = OperandMode::Invalid;
    return;
  }
  bool ok;
  switch (op) {
    case lex::TokenKind::Add: ok = IsNumeric(x.type) || IsString(x.type); break;
    case lex::TokenKind::Sub: case lex::TokenKind::Mul: case lex::TokenKind::Quo:
      ok = IsNumeric(x.type);
      break;
    case lex::TokenKind::Rem: case lex::TokenKind::And: case lex::TokenKind::Or:
    case lex::TokenKind::Xor: case lex::TokenKind::AndNot:
      ok = IsInteger(x.type);
      break;
    case lex::TokenKind::LogicalAnd: case lex::TokenKind::LogicalOr: ok = IsBoolean(x.type); break;
    default: ok = false; break;
  }
  if (!ok) {
    Error(ast::StartPos(e->x), kInvalidOp, "operator ", std::string(lex::SpellingOf(op)),
          " not defined on ", OperandString(Operand{x.mode, e->x, x.type, x.value, {}}));
    x.mode = OperandMode::Invalid;
    return;
  }
  // A constant zero divisor is an error for integers, and for any constant dividend (a float or
  // complex variable divided by zero is ±Inf or NaN at run time), as in gc.
  if ((op == lex::TokenKind::Quo || op == lex::TokenKind::Rem) && y.mode == OperandMode::Constant &&
      (x.mode == OperandMode::Constant || IsInteger(x.type)) && IsZero(y.value)) {
    Error(ast::StartPos(e->y), kInvalidOp, "division by zero");
    x.mode = OperandMode::Invalid;
    return;
  }
  if (x.mode == OperandMode::Constant && y.mode == OperandMode::Constant) {
    Value a = x.value, b = y.value;
    MatchKinds(a, b);
    // Integer division for integer-typed (incl. untyped int/rune) operands.
    if (op == lex::TokenKind::Quo && IsInteger(x.type)) {
      a = *a.ToInt();
      b = *b.ToInt();
    }
    x.value = BinaryOp(a, op, b);
    if (!x.value.IsKnown()) {
      x.mode = OperandMode::Invalid;
      return;
    }
    CheckConstantFits(x);
    return;
  }
  x.mode = OperandMode::Value;
}

}  // namespace gocc::types
