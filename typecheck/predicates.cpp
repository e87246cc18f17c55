#include "typecheck/predicates.h"

#include <cfloat>
#include <cmath>

#include "typecheck/operand.h"
#include "typecheck/typestring.h"

namespace gocc::types {

namespace {

auto BasicOf(const Type* t) -> const Basic* { return As<Basic>(Underlying(t)); }

auto IdenticalVars(std::span<const Var> a, std::span<const Var> b) -> bool {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (!Identical(a[i].type, b[i].type)) return false;
  }
  return true;
}

}  // namespace

// Spec "Type identity". Named types are identical only to themselves; basic types by kind
// (byte and uint8 are one type).
auto Identical(const Type* x, const Type* y) -> bool {
  if (x == y) return true;
  if (x == nullptr || y == nullptr || x->kind != y->kind) return false;
  switch (x->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(x)->basic == static_cast<const Basic*>(y)->basic;
    case TypeKind::Named: return false;
    case TypeKind::Pointer:
      return Identical(static_cast<const Pointer*>(x)->elem, static_cast<const Pointer*>(y)->elem);
    case TypeKind::Slice:
      return Identical(static_cast<const Slice*>(x)->elem, static_cast<const Slice*>(y)->elem);
    case TypeKind::Array: {
      const auto *a = static_cast<const Array*>(x), *b = static_cast<const Array*>(y);
      return a->len == b->len && Identical(a->elem, b->elem);
    }
    case TypeKind::Map: {
      const auto *a = static_cast<const Map*>(x), *b = static_cast<const Map*>(y);
      return Identical(a->key, b->key) && Identical(a->value, b->value);
    }
    case TypeKind::Chan: {
      const auto *a = static_cast<const Chan*>(x), *b = static_cast<const Chan*>(y);
      return a->dir == b->dir && Identical(a->elem, b->elem);
    }
    case TypeKind::Signature: {
      const auto *a = static_cast<const Signature*>(x), *b = static_cast<const Signature*>(y);
      return a->variadic == b->variadic && IdenticalVars(a->params, b->params) &&
             IdenticalVars(a->results, b->results);
    }
    case TypeKind::Struct: {
      const auto *a = static_cast<const Struct*>(x), *b = static_cast<const Struct*>(y);
      if (a->fields.size() != b->fields.size()) return false;
      for (size_t i = 0; i < a->fields.size(); ++i) {
        const Var &f = a->fields[i], &g = b->fields[i];
        std::string_view ta = a->tags.empty() ? "" : a->tags[i];
        std::string_view tb = b->tags.empty() ? "" : b->tags[i];
        if (f.name != g.name || f.embedded != g.embedded || ta != tb ||
            !Identical(f.type, g.type)) {
          return false;
        }
      }
      return true;
    }
    case TypeKind::Interface: {
      // Same method names with identical signatures (embedded interfaces flattened by the
      // checker before comparison is a later refinement; compare what is declared).
      const auto *a = static_cast<const Interface*>(x), *b = static_cast<const Interface*>(y);
      if (a->methods.size() != b->methods.size() || !a->embeddeds.empty() ||
          !b->embeddeds.empty()) {
        return a->methods.empty() && b->methods.empty() && a->embeddeds.empty() &&
               b->embeddeds.empty();
      }
      for (const Method& m : a->methods) {
        bool found = false;
        for (const Method& n : b->methods) {
          if (m.name == n.name && Identical(m.type, n.type)) found = true;
        }
        if (!found) return false;
      }
      return true;
    }
    case TypeKind::Tuple: return false;
  }
  return false;
}

auto IsBasicKind(const Type* t, bool (*pred)(BasicKind)) -> bool {
  const Basic* b = BasicOf(t);
  return b != nullptr && pred(b->basic);
}

auto IsBoolean(const Type* t) -> bool {
  return IsBasicKind(t, [](BasicKind k) {
    return k == BasicKind::Bool || k == BasicKind::UntypedBool;
  });
}
auto IsInteger(const Type* t) -> bool {
  return IsBasicKind(t, [](BasicKind k) {
    return (k >= BasicKind::Int && k <= BasicKind::Uintptr) || k == BasicKind::UntypedInt ||
           k == BasicKind::UntypedRune;
  });
}
auto IsUnsigned(const Type* t) -> bool {
  return IsBasicKind(t, [](BasicKind k) {
    return k >= BasicKind::Uint && k <= BasicKind::Uintptr;
  });
}
auto IsFloat(const Type* t) -> bool {
  return IsBasicKind(t, [](BasicKind k) {
    return k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat;
  });
}
auto IsComplex(const Type* t) -> bool {
  return IsBasicKind(t, [](BasicKind k) {
    return k == BasicKind::Complex64 || k == BasicKind::Complex128 ||
           k == BasicKind::UntypedComplex;
  });
}
auto IsNumeric(const Type* t) -> bool { return IsInteger(t) || IsFloat(t) || IsComplex(t); }
auto IsString(const Type* t) -> bool {
  return IsBasicKind(t, [](BasicKind k) {
    return k == BasicKind::String || k == BasicKind::UntypedString;
  });
}
auto IsUntyped(const Type* t) -> bool {
  const auto* b = As<Basic>(t);
  return b != nullptr && b->basic >= BasicKind::UntypedBool;
}
auto IsTyped(const Type* t) -> bool { return !IsUntyped(t); }
auto IsInterface(const Type* t) -> bool { return As<Interface>(Underlying(t)) != nullptr; }
auto IsOrdered(const Type* t) -> bool {
  return IsInteger(t) || IsFloat(t) || IsString(t);
}

auto Comparable(const Type* t) -> bool {
  const Type* u = Underlying(t);
  switch (u->kind) {
    case TypeKind::Basic: return static_cast<const Basic*>(u)->basic != BasicKind::UntypedNil;
    case TypeKind::Pointer: case TypeKind::Chan: case TypeKind::Interface: return true;
    case TypeKind::Struct:
      for (const Var& f : static_cast<const Struct*>(u)->fields) {
        if (!Comparable(f.type)) return false;
      }
      return true;
    case TypeKind::Array: return Comparable(static_cast<const Array*>(u)->elem);
    default: return false;
  }
}

auto HasNil(const Type* t) -> bool {
  const Type* u = Underlying(t);
  switch (u->kind) {
    case TypeKind::Basic:
      return static_cast<const Basic*>(u)->basic == BasicKind::UnsafePointer;
    case TypeKind::Pointer: case TypeKind::Slice: case TypeKind::Map: case TypeKind::Chan:
    case TypeKind::Signature: case TypeKind::Interface:
      return true;
    default: return false;
  }
}

auto SummaryTypeString(const Type* t) -> std::string {
  if (t == nullptr) return "<T>";
  if (IsUntyped(t)) {
    if (IsNumeric(t)) return "number";
    std::string name(static_cast<const Basic*>(t)->name);
    return name.substr(name.find(' ') + 1);
  }
  const auto* b = As<Basic>(t);
  if (b != nullptr && b->basic == BasicKind::Invalid) return "<T>";
  return TypeString(t);
}

auto DefaultBasicKind(BasicKind kind) -> BasicKind {
  switch (kind) {
    case BasicKind::UntypedBool: return BasicKind::Bool;
    case BasicKind::UntypedInt: return BasicKind::Int;
    case BasicKind::UntypedRune: return BasicKind::Int32;
    case BasicKind::UntypedFloat: return BasicKind::Float64;
    case BasicKind::UntypedComplex: return BasicKind::Complex128;
    case BasicKind::UntypedString: return BasicKind::String;
    default: return kind;
  }
}

namespace {

// Rounds a rational to float32 or float64; false if it overflows.
auto RoundFloat(const Rational& r, bool is32, Rational* out) -> bool {
  // Round once, directly to the target's precision (rounding to double first could round twice).
  double d = r.ToFloat(is32 ? 24 : 53);
  if (is32 && d != 0 && std::fabs(d) < FLT_MIN) {
    // Below float32's normal range its precision shrinks (subnormals down to 2^-149, then 0:
    // `x / 1e-50` with x float32 divides by zero, as in gc). Rounded from the correctly rounded
    // double: a second rounding, off only for a double exactly halfway between two subnormals.
    d = static_cast<float>(r.ToFloat(53));
  }
  if (std::isinf(d) || (is32 && std::fabs(d) > FLT_MAX)) return false;
  if (d == 0) {
    *out = Rational();
    return true;
  }
  // Back to an exact rational: d = m * 2^e.
  int e = 0;
  double m = std::frexp(d, &e);
  auto mantissa = static_cast<int64_t>(std::ldexp(m, 53));
  e -= 53;
  BigInt num(mantissa);
  *out = e >= 0 ? Rational(num.Shl(static_cast<uint64_t>(e)))
                : Rational(num, BigInt(1).Shl(static_cast<uint64_t>(-e)));
  return true;
}

}  // namespace

auto Representable(const Value& v, const Basic* t, int64_t word_size, Value* rounded,
                   bool* truncated) -> bool {
  *truncated = false;
  BasicKind k = t->basic;
  if (k >= BasicKind::Int && k <= BasicKind::Uintptr) {
    std::optional<Value> i = v.ToInt();
    if (!i) {
      *truncated = v.kind() == ConstKind::Float ||
                   (v.kind() == ConstKind::Complex && v.imag().Sign() == 0);
      return false;
    }
    int bits = 0;
    bool is_unsigned = k >= BasicKind::Uint;
    switch (k) {
      case BasicKind::Int8: case BasicKind::Uint8: bits = 8; break;
      case BasicKind::Int16: case BasicKind::Uint16: bits = 16; break;
      case BasicKind::Int32: case BasicKind::Uint32: bits = 32; break;
      case BasicKind::Int64: case BasicKind::Uint64: bits = 64; break;
      default: bits = static_cast<int>(word_size * 8); break;
    }
    const BigInt& x = i->int_value();
    bool ok = is_unsigned ? !x.IsNegative() && x.BitLength() <= static_cast<uint64_t>(bits)
                          : (x.IsNegative() ? (-x - BigInt(1)).BitLength() < static_cast<uint64_t>(bits)
                                            : x.BitLength() < static_cast<uint64_t>(bits));
    if (ok) *rounded = *i;
    return ok;
  }
  if (k == BasicKind::Float32 || k == BasicKind::Float64 || k == BasicKind::UntypedFloat) {
    std::optional<Value> f = v.ToFloat();
    if (!f) return false;
    if (k == BasicKind::UntypedFloat) {
      *rounded = *f;
      return true;
    }
    Rational r;
    if (!RoundFloat(f->real(), k == BasicKind::Float32, &r)) return false;
    *rounded = Value::Float(r);
    return true;
  }
  if (k == BasicKind::Complex64 || k == BasicKind::Complex128 ||
      k == BasicKind::UntypedComplex) {
    std::optional<Value> c = v.ToComplex();
    if (!c) return false;
    if (k == BasicKind::UntypedComplex) {
      *rounded = *c;
      return true;
    }
    Rational re, im;
    bool is32 = k == BasicKind::Complex64;
    if (!RoundFloat(c->real(), is32, &re) || !RoundFloat(c->imag(), is32, &im)) return false;
    *rounded = Value::Complex(re, im);
    return true;
  }
  if (k == BasicKind::UntypedInt || k == BasicKind::UntypedRune) {
    std::optional<Value> i = v.ToInt();
    if (i) *rounded = *i;
    return i.has_value();
  }
  if (k == BasicKind::String || k == BasicKind::UntypedString) {
    *rounded = v;
    return v.kind() == ConstKind::String;
  }
  if (k == BasicKind::Bool || k == BasicKind::UntypedBool) {
    *rounded = v;
    return v.kind() == ConstKind::Bool;
  }
  return false;
}

auto OperandString(const Operand& x) -> std::string {
  if (x.mode == OperandMode::Nil) return "nil";
  std::string expr;
  if (x.expr != nullptr) {
    expr = ExprString(x.expr);
  } else if (x.mode == OperandMode::Builtin) {
    expr = x.builtin;
  } else if (x.mode == OperandMode::TypeExpr) {
    expr = TypeString(x.type);
  } else if (x.mode == OperandMode::Constant) {
    expr = x.value.ToString();
  }
  std::string out;
  if (!expr.empty()) out = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case OperandMode::Invalid: case OperandMode::NoValue: case OperandMode::Builtin:
    case OperandMode::TypeExpr:
      break;
    default:
      if (x.type != nullptr) {
        if (IsUntyped(x.type)) {
          out += static_cast<const Basic*>(x.type)->name;
          out += ' ';
        } else {
          has_type = true;
        }
      }
  }
  static constexpr const char* kModes[] = {
      "invalid operand", "no value", "built-in", "type", "constant", "variable",
      "map index expression", "value", "nil", "comma, ok expression"};
  out += kModes[static_cast<size_t>(x.mode)];
  if (x.mode == OperandMode::Constant) {
    std::string s = x.value.ToString();
    if (s != expr) out += " " + s;
  }
  if (has_type) {
    const auto* b = As<Basic>(x.type);
    if (b != nullptr && b->basic == BasicKind::Invalid) {
      out += " with invalid type";
    } else {
      out += " of type " + TypeString(x.type);
    }
  }
  if (!expr.empty()) out += ')';
  return out;
}

}  // namespace gocc::types
