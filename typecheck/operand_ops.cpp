// Operations on operands: constants (declared and computed), untyped conversion, assignability,
// comparison, shifts and explicit conversions.
#include <algorithm>

#include "typecheck/check.h"

#include "lexer/lexer.h"
#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::types {

namespace {
constexpr std::string_view kInvalidOp = "invalid operation: ";
}

// A package-level or local constant's value, evaluated once, in its declaration's scope and with
// its own iota; its type is the declared type or the value's (untyped) type.
void Checker::ConstObject(Object* obj) {
  if (obj->const_state == 2) return;
  if (obj->const_state == 1) {
    Error(obj->pos, "initialization cycle or invalid recursive constant ", std::string(obj->name));
    obj->const_state = 2;
    return;
  }
  obj->const_state = 1;
  Scope* saved_scope = current_scope_;
  int saved_iota = current_iota_;
  auto file_scope = object_file_scope_.find(obj);
  if (file_scope != object_file_scope_.end()) current_scope_ = file_scope->second;
  current_iota_ = obj->iota;
  const auto* spec = obj->decl != nullptr ? obj->decl->As<ast::ValueSpec>() : nullptr;
  const ast::Expr* type_expr = obj->type_expr != nullptr ? obj->type_expr
                               : spec != nullptr      ? spec->type
                                                      : nullptr;
  const Type* declared = type_expr != nullptr ? TypeOf(type_expr) : obj->type;
  Operand x;
  if (obj->value != nullptr) Expr(x, obj->value);
  if (!x.IsInvalid()) {
    if (x.mode != OperandMode::Constant) {
      Error(ast::StartPos(obj->value), OperandString(x), " is not constant");
    } else {
      if (declared != nullptr && !IsUntyped(declared)) Assignment(x, declared, "constant declaration");
      if (!x.IsInvalid()) {
        obj->type = x.type;
        const_values_[obj] = x.value;
      }
    }
  }
  current_scope_ = saved_scope;
  current_iota_ = saved_iota;
  obj->const_state = 2;
}

// After constant arithmetic: an untyped integer constant may not exceed gc's 512 bits; a typed
// constant must stay representable in its type.
void Checker::CheckConstantFits(Operand& x) {
  if (IsUntyped(x.type)) {
    if (x.value.kind() == ConstKind::Int && x.value.int_value().BitLength() > 512) {
      std::string op;
      Pos at = ast::StartPos(x.expr);
      const ast::Expr* e = x.expr;
      while (const auto* p = e->As<ast::ParenExpr>()) e = p->x;
      if (const auto* b = e->As<ast::BinaryExpr>()) {
        at = b->pos;
        switch (b->op) {
          case lex::TokenKind::Add: op = "addition "; break;
          case lex::TokenKind::Sub: op = "subtraction "; break;
          case lex::TokenKind::Xor: op = "bitwise XOR "; break;
          case lex::TokenKind::Mul: op = "multiplication "; break;
          case lex::TokenKind::Shl: op = "shift "; break;
          default: break;
        }
      } else if (const auto* u = e->As<ast::UnaryExpr>(); u && u->op == lex::TokenKind::Xor) {
        at = u->pos;
        op = "bitwise complement ";
      }
      Error(at, "constant ", op, "overflow");
      x.mode = OperandMode::Invalid;
    }
    return;
  }
  const auto* b = As<Basic>(Underlying(x.type));
  if (b == nullptr) return;
  Value rounded;
  bool truncated;
  if (!Representable(x.value, b, word_size_, &rounded, &truncated)) {
    Error(ast::StartPos(x.expr), OperandString(x), " overflows ", TypeString(x.type));
    x.mode = OperandMode::Invalid;
    return;
  }
  x.value = rounded;
}

void Checker::DefaultUntyped(Operand& x, std::string_view context) {
  std::string_view saved = pending_context_;
  pending_context_ = context;
  ConvertUntyped(x, nullptr);
  pending_context_ = saved;
}

// Gives an untyped operand a type: target's, or its default type when target is nullptr or an
// interface.
void Checker::ConvertUntyped(Operand& x, const Type* target) {
  if (x.IsInvalid() || !IsUntyped(x.type)) return;
  if (x.mode == OperandMode::Nil) {
    // The record keeps untyped nil, as go/types does.
    if (target != nullptr && HasNil(target)) x.type = target;
    return;
  }
  if (target == nullptr || IsInterface(target)) {
    if (target == nullptr || As<Interface>(Underlying(target))->methods.empty()) {
      target = Default(x.type);
    } else {
      target = Default(x.type);
    }
  }
  if (IsUntyped(target)) {
    // Untyped to untyped: the larger kind (int < rune < float < complex).
    x.type = target;
    UpdateUntyped(x.expr, target);
    return;
  }
  // gc's words: in an assignment "cannot use 1.5 (...) as int value in assignment
  // (truncated)"; elsewhere (pending_context_ empty) types2's invalidConversion:
  // "cannot convert "s" (...) to int", "1.5 (...) truncated to int", "300 (...) overflows byte".
  enum class Why { Mismatch, Truncated, Overflows };
  auto report = [&](Why why) {
    if (pending_context_.empty()) {
      std::string_view verb = why == Why::Truncated ? " truncated to " : " overflows ";
      if (why == Why::Mismatch) {
        Error(ast::StartPos(x.expr), "cannot convert ", OperandString(x), " to ", TypeString(target));
      } else {
        Error(ast::StartPos(x.expr), OperandString(x), verb, TypeString(target));
      }
    } else {
      std::string_view suffix = why == Why::Truncated   ? " (truncated)"
                                : why == Why::Overflows ? " (overflows)"
                                                        : "";
      Error(ast::StartPos(x.expr), "cannot use ", OperandString(x), " as ", TypeString(target),
            " value in ", pending_context_, suffix);
    }
    x.mode = OperandMode::Invalid;
  };
  const auto* b = As<Basic>(Underlying(target));
  if (b == nullptr) {
    std::string_view saved = pending_context_;
    if (!saved.empty()) pending_context_ = "assignment";
    report(Why::Mismatch);
    pending_context_ = saved;
    return;
  }
  if (x.mode == OperandMode::Constant) {
    Value rounded;
    bool truncated;
    if (!Representable(x.value, b, word_size_, &rounded, &truncated)) {
      bool numeric = IsNumeric(x.type) && IsNumeric(b);
      // gc decides by the kinds, not the value: non-integer to integer is "truncated".
      bool to_int_from_non_int = !IsInteger(x.type) && IsInteger(b);
      report(!numeric ? Why::Mismatch : to_int_from_non_int ? Why::Truncated : Why::Overflows);
      return;
    }
    x.value = rounded;
  } else {
    // A non-constant untyped value: a comparison result (bool) or a shifted constant.
    if (!nonconst_shifts_.empty() && CheckShiftTypes(x.expr, target)) {
      x.mode = OperandMode::Invalid;
      return;
    }
    bool ok = (IsBoolean(x.type) && IsBoolean(b)) || (IsNumeric(x.type) && IsNumeric(b)) ||
              (IsString(x.type) && IsString(b));
    if (!ok) {
      report(Why::Mismatch);
      return;
    }
  }
  x.type = target;
  UpdateUntyped(x.expr, target);
  if (info_ != nullptr && x.mode == OperandMode::Constant && x.expr != nullptr) {
    info_->types[x.expr].value = x.value;  // rounded to the target type
  }
}

// Spec "Assignability".
auto Checker::AssignableTo(const Operand& x, const Type* t, std::string* reason) -> bool {
  const Type* v = x.type;
  if (Identical(v, t)) return true;
  const Type* vu = Underlying(v);
  const Type* tu = Underlying(t);
  if (As<Basic>(tu) && static_cast<const Basic*>(tu)->basic == BasicKind::Invalid) return true;
  if (As<Basic>(vu) && static_cast<const Basic*>(vu)->basic == BasicKind::Invalid) return true;
  if (x.mode == OperandMode::Nil) return HasNil(t);
  // Identical underlying types and at least one of them not a named type (predeclared types
  // such as int are named types too).
  auto named = [](const Type* x) { return As<Named>(x) != nullptr || As<Basic>(x) != nullptr; };
  if (Identical(vu, tu) && (!named(v) || !named(t))) return true;
  // A value of a type that implements the interface.
  if (As<Interface>(tu) != nullptr) {
    std::string why;
    if (Implements(v, t, &why)) return true;
    if (reason != nullptr) *reason = TypeString(v) + " does not implement " + TypeString(t) + " " + why;
    return false;
  }
  // A bidirectional channel to a channel type with identical elements.
  const auto* vc = As<Chan>(vu);
  const auto* tc = As<Chan>(tu);
  if (vc != nullptr && tc != nullptr && vc->dir == ChanDir::Both && Identical(vc->elem, tc->elem) &&
      (!named(v) || !named(t))) {
    return true;
  }
  return false;
}

auto Checker::Assignment(Operand& x, const Type* t, std::string_view context) -> bool {
  if (x.IsInvalid()) return false;
  if (x.mode == OperandMode::CommaOk) x.mode = OperandMode::Value;
  std::string_view saved = pending_context_;
  pending_context_ = context;
  if (IsUntyped(x.type)) {
    if (x.mode == OperandMode::Nil && !HasNil(t)) {
      Error(ast::StartPos(x.expr), "cannot use nil as ", TypeString(t), " value in ", context);
      x.mode = OperandMode::Invalid;
      pending_context_ = saved;
      return false;
    }
    const Type* target = t;
    if (IsInterface(t)) target = nullptr;
    // A boolean/numeric/string untyped value into a mismatched class is an assignability error.
    const auto* tb = As<Basic>(Underlying(t));
    // (nil into a type with nil, unsafe.Pointer the one basic one, was checked above.)
    bool class_ok = tb == nullptr || x.mode == OperandMode::Nil || (IsBoolean(x.type) && IsBoolean(tb)) ||
                    (IsNumeric(x.type) && IsNumeric(tb)) || (IsString(x.type) && IsString(tb));
    if (!class_ok || (tb == nullptr && !IsInterface(t) && x.mode != OperandMode::Nil)) {
      Error(ast::StartPos(x.expr), "cannot use ", OperandString(x), " as ", TypeString(t),
            " value in ", context);
      x.mode = OperandMode::Invalid;
      pending_context_ = saved;
      return false;
    }
    ConvertUntyped(x, target);
    pending_context_ = saved;
    if (x.IsInvalid()) return false;
  }
  pending_context_ = saved;
  std::string reason;
  if (!AssignableTo(x, t, &reason)) {
    // gc's wording for typed values (types2 with CompilerErrorMessages): "as type T in", and
    // the reason on a continuation line.
    Error(ast::StartPos(x.expr), "cannot use ", OperandString(x), " as type ", TypeString(t),
          " in ", context, reason.empty() ? "" : ":\n\t", reason);
    x.mode = OperandMode::Invalid;
    return false;
  }
  x.type = t;
  return true;
}

// Before a binary operation: an untyped operand takes the other's type; two untyped constants
// meet at the larger kind.
void Checker::MatchTypes(Operand& x, Operand& y) {
  auto rank = [](const Type* t) {
    switch (As<Basic>(t)->basic) {
      case BasicKind::UntypedInt: return 1;
      case BasicKind::UntypedRune: return 2;
      case BasicKind::UntypedFloat: return 3;
      case BasicKind::UntypedComplex: return 4;
      default: return 0;
    }
  };
  bool ux = IsUntyped(x.type), uy = IsUntyped(y.type);
  pending_context_ = "assignment";
  if (ux && uy) {
    if (x.mode == OperandMode::Nil || y.mode == OperandMode::Nil) return;
    int rx = rank(x.type), ry = rank(y.type);
    if (rx > 0 && ry > 0) {
      if (rx < ry) {
        x.type = y.type;
        UpdateUntyped(x.expr, x.type);
      }
      if (ry < rx) {
        y.type = x.type;
        UpdateUntyped(y.expr, y.type);
      }
    }
    return;
  }
  auto convert = [&](Operand& u, const Operand& typed) {
    if (u.mode == OperandMode::Nil) {
      if (HasNil(typed.type)) u.type = typed.type;
      return;
    }
    const auto* b = As<Basic>(Underlying(typed.type));
    bool class_ok = b != nullptr && ((IsBoolean(u.type) && IsBoolean(b)) ||
                                     (IsNumeric(u.type) && IsNumeric(b)) ||
                                     (IsString(u.type) && IsString(b)));
    if (!class_ok) {
      if (IsInterface(typed.type)) ConvertUntyped(u, nullptr);
      return;  // the mismatch is reported by the operation
    }
    if (u.mode == OperandMode::Constant) {
      Value rounded;
      bool truncated;
      if (!Representable(u.value, b, word_size_, &rounded, &truncated)) {
        // gc: "1.5 (untyped float constant) truncated to int", "300 (...) overflows byte".
        bool to_int = IsInteger(b) && !IsInteger(u.type);
        Error(ast::StartPos(u.expr), OperandString(u), to_int ? " truncated to " : " overflows ",
              TypeString(typed.type));
        u.mode = OperandMode::Invalid;
        return;
      }
      u.value = rounded;
    }
    u.type = typed.type;
    UpdateUntyped(u.expr, u.type);
  };
  if (ux) convert(x, y);
  if (uy) convert(y, x);
}

void Checker::Comparison(Operand& x, Operand& y, const ast::BinaryExpr* e) {
  lex::TokenKind op = e->op;
  bool equality = op == lex::TokenKind::Equal || op == lex::TokenKind::NotEqual;
  std::string cause;
  bool ok;
  if (x.mode == OperandMode::Nil || y.mode == OperandMode::Nil) {
    const Operand& other = x.mode == OperandMode::Nil ? y : x;
    ok = equality && (other.mode == OperandMode::Nil ? false : HasNil(other.type));
    if (!ok) {
      cause = other.mode == OperandMode::Nil ? "operator " + std::string(lex::SpellingOf(op)) +
                                                   " not defined on nil"
                                             : "mismatched types " + TypeString(x.type) +
                                                   " and " + TypeString(y.type);
    }
  } else if (!Identical(x.type, y.type) && !AssignableTo(x, y.type) && !AssignableTo(y, x.type)) {
    ok = false;
    cause = "mismatched types " + TypeString(x.type) + " and " + TypeString(y.type);
  } else if (equality) {
    ok = Comparable(x.type) || (HasNil(x.type) && false);
    if (!ok) {
      const Type* u = Underlying(x.type);
      std::string what = As<Slice>(u) ? "slice" : As<Map>(u) ? "map" : As<Signature>(u) ? "func" : "";
      cause = what.empty() ? "operator " + std::string(lex::SpellingOf(op)) + " not defined on " +
                                 OperandString(Operand{x.mode, e->x, x.type, x.value, {}})
                           : what + " can only be compared to nil";
    }
  } else {
    ok = IsOrdered(x.type);
    if (!ok) {
      cause = "operator " + std::string(lex::SpellingOf(op)) + " not defined on " +
              OperandString(Operand{x.mode, e->x, x.type, x.value, {}});
    }
  }
  x.expr = e;
  if (!ok) {
    if (switch_case_) {  // types2: "invalid case fn in switch on fn (func can only be ...)"
      Error(ast::StartPos(e->x), "invalid case ", ExprString(e->x), " in switch on ",
            e->y != nullptr ? ExprString(e->y) : std::string("true"), " (", cause, ")");
    } else {
      Error(ast::StartPos(e->x), kInvalidOp, ExprString(e), " (", cause, ")");
    }
    x.mode = OperandMode::Invalid;
    return;
  }
  if (x.mode == OperandMode::Constant && y.mode == OperandMode::Constant) {
    Value a = x.value, b = y.value;
    MatchKinds(a, b);
    x.value = Value::Bool(CompareValues(a, op, b));
    x.mode = OperandMode::Constant;
  } else {
    x.mode = OperandMode::Value;
    // Operands of a non-constant comparison get their default types.
    x.expr = e->x;
    ConvertUntyped(x, nullptr);
    x.expr = e;
    ConvertUntyped(y, nullptr);
  }
  x.type = BasicType(BasicKind::UntypedBool);
}

void Checker::Shift(Operand& x, Operand& y, const ast::BinaryExpr* e) {
  // Messages quote the operands on their own (x.expr is still e->x); the result is e.
  // The count: an integer, or a constant representable as uint (types2's shift).
  if (y.mode == OperandMode::Constant) {
    std::optional<Value> count = y.value.ToInt();
    if (count && count->int_value().IsNegative()) {
      Error(ast::StartPos(e->y), kInvalidOp, "negative shift count ", OperandString(y));
      x.mode = OperandMode::Invalid;
      return;
    }
    if (IsUntyped(y.type) && !count) {
      Error(ast::StartPos(e->y), OperandString(y), IsNumeric(y.type) ? " truncated to uint" : " cannot be uint");
      x.mode = OperandMode::Invalid;
      return;
    }
    if (!count) {
      Error(ast::StartPos(e->y), kInvalidOp, "shift count ", OperandString(y), " must be integer");
      x.mode = OperandMode::Invalid;
      return;
    }
    y.value = *count;
  } else if (IsUntyped(y.type)) {
    // A non-constant untyped count (itself a shift of a constant) becomes uint (types2).
    std::string_view saved = pending_context_;
    pending_context_ = {};
    ConvertUntyped(y, BasicType(BasicKind::Uint));
    pending_context_ = saved;
    if (y.IsInvalid()) {
      x.mode = OperandMode::Invalid;
      return;
    }
  } else if (!IsInteger(y.type)) {
    Error(ast::StartPos(e->y), kInvalidOp, "shift count ", OperandString(y), " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }
  if (x.mode == OperandMode::Constant) {
    std::optional<Value> xi = x.value.ToInt();
    if (!xi || !IsNumeric(x.type)) {
      Error(ast::StartPos(e->x), kInvalidOp, "shifted operand ", OperandString(x), " must be integer");
      x.mode = OperandMode::Invalid;
      return;
    }
    if (y.mode == OperandMode::Constant) {
      std::optional<uint64_t> n = y.value.int_value().ToUint64();
      if (!n || *n > 10000) {
        Error(ast::StartPos(e->y), kInvalidOp, "invalid shift count ", OperandString(y));
        x.mode = OperandMode::Invalid;
        return;
      }
      if (IsUntyped(x.type) && !IsInteger(x.type)) x.type = BasicType(BasicKind::UntypedInt);
      x.value = types::Shift(*xi, e->op, *n);
      x.expr = e;
      CheckConstantFits(x);
      return;
    }
    // A constant shifted by a variable amount is a non-constant value that takes its type from
    // the context (spec "Operators": "as if the shift expression were replaced by its left
    // operand alone"); it stays untyped until then. The context may not make it a
    // non-integer (ConvertUntyped checks, through nonconst_shifts_).
    if (IsUntyped(x.type)) nonconst_shifts_.insert(e);  // keeps its kind: 1.0 << n is a float
    x.mode = OperandMode::Value;
    x.expr = e;
    return;
  }
  if (!IsInteger(x.type)) {
    Error(ast::StartPos(e->x), kInvalidOp, "shifted operand ", OperandString(x), " must be integer");
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;
  x.expr = e;
}

// A non-constant untyped expression given a type: its non-constant shifts must stay integers
// (types2: "invalid operation: 1 << i (shift of type float64)", at the shifted operand).
auto Checker::CheckShiftTypes(const ast::Expr* e, const Type* t) -> bool {
  if (e == nullptr || !IsNumeric(t) || IsInteger(t)) return false;
  switch (e->kind) {
    case ast::NodeKind::ParenExpr:
      return CheckShiftTypes(static_cast<const ast::ParenExpr*>(e)->x, t);
    case ast::NodeKind::UnaryExpr:
      return CheckShiftTypes(static_cast<const ast::UnaryExpr*>(e)->x, t);
    case ast::NodeKind::BinaryExpr: {
      const auto* b = static_cast<const ast::BinaryExpr*>(e);
      if (nonconst_shifts_.count(b) != 0) {
        Error(ast::StartPos(b->x), kInvalidOp, ExprString(b), " (shift of type ", TypeString(t), ")");
        return true;
      }
      switch (b->op) {
        case lex::TokenKind::Equal: case lex::TokenKind::NotEqual: case lex::TokenKind::Less:
        case lex::TokenKind::LessEqual: case lex::TokenKind::Greater: case lex::TokenKind::GreaterEqual:
          return false;
        default: {
          bool left = CheckShiftTypes(b->x, t);
          bool right = CheckShiftTypes(b->y, t);
          return left || right;
        }
      }
    }
    default:
      return false;
  }
}

// Spec "Conversions": T(x).
void Checker::Conversion(Operand& x, const Type* t) {
  const Type* tu = Underlying(t);
  bool ok = false;
  const ast::Expr* arg = x.expr;
  if (x.mode == OperandMode::Constant && As<Basic>(tu) != nullptr) {
    const auto* b = static_cast<const Basic*>(tu);
    Value rounded;
    bool truncated;
    if (IsString(b) && IsInteger(x.type)) {  // string(rune): U+FFFD when not a valid code point
      std::optional<Value> iv = x.value.ToInt();
      std::optional<int64_t> r = iv ? iv->int_value().ToInt64() : std::nullopt;
      std::string text;
      lex::AppendUtf8(text, r && *r >= 0 && *r <= 0x10FFFF && !(*r >= 0xD800 && *r < 0xE000)
                                ? static_cast<uint32_t>(*r) : 0xFFFD);
      if (IsUntyped(x.type)) UpdateUntyped(arg, Default(x.type));
      x.value = Value::String(std::move(text));
      ok = true;
    } else if ((IsNumeric(x.type) && IsNumeric(b)) || (IsString(x.type) && IsString(b)) ||
               (IsBoolean(x.type) && IsBoolean(b))) {
      if (IsInteger(b) && !IsInteger(x.type) && x.value.ToInt() == std::nullopt) {
        Error(ast::StartPos(x.expr), "cannot convert ", OperandString(x), " to type ",
              TypeString(t), " (truncated)");
        x.mode = OperandMode::Invalid;
        return;
      }
      if (!Representable(x.value, b, word_size_, &rounded, &truncated)) {
        Error(ast::StartPos(x.expr), "cannot convert ", OperandString(x), " to type ",
              TypeString(t));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.value = rounded;
      ok = true;
    }
    if (ok) {
      if (IsUntyped(x.type) && !(IsString(b) && IsInteger(x.type))) UpdateUntyped(arg, t);
      x.type = t;
      return;
    }
  }
  if (x.mode == OperandMode::Constant) x.mode = OperandMode::Value;
  if (IsUntyped(x.type)) {
    const Type* d = x.mode == OperandMode::Nil ? t : Default(x.type);
    if (x.mode != OperandMode::Nil) {
      x.type = d;
      UpdateUntyped(arg, d);  // nil stays untyped in the record, as in go/types
    }
  }
  const Type* vu = Underlying(x.type);
  if (x.mode == OperandMode::Nil) {
    ok = HasNil(t);
  } else if (AssignableTo(x, t) || Identical(vu, tu)) {
    ok = true;
  } else if (As<Pointer>(vu) && As<Pointer>(tu) &&
             Identical(Underlying(As<Pointer>(vu)->elem), Underlying(As<Pointer>(tu)->elem))) {
    ok = true;
  } else if ((IsInteger(vu) || IsFloat(vu)) && (IsInteger(tu) || IsFloat(tu))) {
    ok = true;
  } else if (IsComplex(vu) && IsComplex(tu)) {
    ok = true;
  } else if (IsString(tu) && (IsInteger(vu) || As<Slice>(vu))) {
    ok = true;  // string(rune), string([]byte), string([]rune)
  } else if (IsString(vu) && As<Slice>(tu)) {
    ok = true;  // []byte(s), []rune(s)
  } else if ((As<Basic>(vu) && static_cast<const Basic*>(vu)->basic == BasicKind::UnsafePointer &&
              (As<Pointer>(tu) || IsBasicKind(tu, [](BasicKind k) { return k == BasicKind::Uintptr; }))) ||
             (As<Basic>(tu) && static_cast<const Basic*>(tu)->basic == BasicKind::UnsafePointer &&
              (As<Pointer>(vu) || IsBasicKind(vu, [](BasicKind k) { return k == BasicKind::Uintptr; })))) {
    ok = true;
  } else if (As<Slice>(vu) && As<Pointer>(tu) && As<Array>(Underlying(As<Pointer>(tu)->elem))) {
    ok = true;  // slice to array pointer (Go 1.17)
  }
  if (!ok) {
    Error(ast::StartPos(x.expr), "cannot convert ", OperandString(x), " to type ", TypeString(t));
    x.mode = OperandMode::Invalid;
    return;
  }
  x.mode = OperandMode::Value;
  x.type = t;
}

}  // namespace gocc::types
