#include "typecheck/constant.h"

#include <cmath>
#include <cstdio>

#include "lexer/lexer.h"

namespace gocc::types {

namespace {

auto Abs(const BigInt& x) -> BigInt { return x.IsNegative() ? -x : x; }

auto Gcd(BigInt a, BigInt b) -> BigInt {
  a = Abs(a);
  b = Abs(b);
  while (!b.IsZero()) {
    BigInt r = a % b;
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

auto Pow(const BigInt& base, uint64_t exp) -> BigInt {
  BigInt result(1), b = base;
  while (exp != 0) {
    if ((exp & 1) != 0) result = result * b;
    exp >>= 1;
    if (exp != 0) b = b * b;
  }
  return result;
}

}  // namespace

// ---- Rational ----

Rational::Rational(BigInt num, BigInt den) : num_(std::move(num)), den_(std::move(den)) {
  if (den_.IsNegative()) {
    num_ = -num_;
    den_ = -den_;
  }
  BigInt g = Gcd(num_, den_);
  if (!g.IsZero() && !(g == BigInt(1))) {
    num_ = num_ / g;
    den_ = den_ / g;
  }
  if (num_.IsZero()) den_ = BigInt(1);
}

auto operator+(const Rational& a, const Rational& b) -> Rational {
  return Rational(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}
auto operator-(const Rational& a, const Rational& b) -> Rational { return a + -b; }
auto operator*(const Rational& a, const Rational& b) -> Rational {
  return Rational(a.num_ * b.num_, a.den_ * b.den_);
}
auto operator/(const Rational& a, const Rational& b) -> Rational {
  return Rational(a.num_ * b.den_, a.den_ * b.num_);
}
auto Compare(const Rational& a, const Rational& b) -> int {
  return Compare(a.num_ * b.den_, b.num_ * a.den_);
}

// num/den rounded to the nearest double: a 64-bit-or-more quotient, then round to 53 bits
// (half to even, with the division's remainder as sticky bit).
auto Rational::ToFloat(int mantissa_bits) const -> double {
  if (num_.IsZero()) return 0.0;
  BigInt n = Abs(num_);
  int64_t e = static_cast<int64_t>(n.BitLength()) - static_cast<int64_t>(den_.BitLength());
  int64_t shift = 65 - e;  // quotient of about 65 bits
  BigInt q, r;
  if (shift >= 0) {
    BigInt scaled = n.Shl(static_cast<uint64_t>(shift));
    q = scaled / den_;
    r = scaled % den_;
  } else {
    BigInt scaled = den_.Shl(static_cast<uint64_t>(-shift));
    q = n / scaled;
    r = n % scaled;
  }
  // Keep mantissa_bits significant bits of q.
  uint64_t extra = q.BitLength() - static_cast<uint64_t>(mantissa_bits);
  BigInt mantissa = q.Shr(extra);
  BigInt dropped = q - mantissa.Shl(extra);
  BigInt half = BigInt(1).Shl(extra - 1);
  int cmp = Compare(dropped, half);
  bool sticky = !r.IsZero();
  if (cmp > 0 || (cmp == 0 && (sticky || (mantissa.ToUint64().value() & 1) != 0))) {
    mantissa = mantissa + BigInt(1);
  }
  double m = static_cast<double>(mantissa.ToUint64().value());
  int64_t exponent = static_cast<int64_t>(extra) - shift;
  if (exponent > 2000) return num_.IsNegative() ? -HUGE_VAL : HUGE_VAL;
  if (exponent < -2200) return num_.IsNegative() ? -0.0 : 0.0;
  double result = std::ldexp(m, static_cast<int>(exponent));
  return num_.IsNegative() ? -result : result;
}

// ---- Value ----

auto Value::Bool(bool b) -> Value {
  Value v;
  v.kind_ = ConstKind::Bool;
  v.bool_ = b;
  return v;
}
auto Value::String(std::string s) -> Value {
  Value v;
  v.kind_ = ConstKind::String;
  v.string_ = std::move(s);
  return v;
}
auto Value::Int(BigInt i) -> Value {
  Value v;
  v.kind_ = ConstKind::Int;
  v.int_ = std::move(i);
  return v;
}
auto Value::Float(Rational f) -> Value {
  Value v;
  v.kind_ = ConstKind::Float;
  v.real_ = std::move(f);
  return v;
}
auto Value::Complex(Rational re, Rational im) -> Value {
  Value v;
  v.kind_ = ConstKind::Complex;
  v.real_ = std::move(re);
  v.imag_ = std::move(im);
  return v;
}

namespace {

// A float literal's value: decimal (digits, '.', e±N) or hexadecimal (0x, digits, '.', p±N).
// nullopt for a malformed literal, and for a well-formed one whose exponent is beyond what gocc
// keeps exactly (then *too_large is set).
auto ParseFloat(std::string_view text, bool* too_large) -> std::optional<Rational> {
  bool hex = text.size() > 2 && text[0] == '0' && (text[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  uint32_t base = hex ? 16 : 10;
  BigInt mantissa;
  int64_t frac_digits = 0;
  bool seen_point = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    if (c == '.') {
      seen_point = true;
      continue;
    }
    char lower = static_cast<char>(c | 0x20);
    if ((!hex && lower == 'e') || (hex && lower == 'p')) break;
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint32_t>(c - '0');
    } else if (hex && lower >= 'a' && lower <= 'f') {
      d = static_cast<uint32_t>(lower - 'a' + 10);
    } else {
      return std::nullopt;
    }
    mantissa = mantissa * BigInt(base) + BigInt(d);
    if (seen_point) ++frac_digits;
  }
  int64_t exponent = 0;
  if (i < text.size()) {
    ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) negative = text[i++] == '-';
    for (; i < text.size(); ++i) {
      if (text[i] == '_') continue;
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      exponent = exponent * 10 + (text[i] - '0');
      if (exponent > 100000000) {
        *too_large = true;
        return std::nullopt;
      }
    }
    if (negative) exponent = -exponent;
  }
  if (hex) {
    exponent -= 4 * frac_digits;
    if (exponent >= 0) return Rational(mantissa.Shl(static_cast<uint64_t>(exponent)));
    return Rational(mantissa, BigInt(1).Shl(static_cast<uint64_t>(-exponent)));
  }
  exponent -= frac_digits;
  if (exponent > kMaxExponent || exponent < -kMaxExponent) {
    *too_large = true;
    return std::nullopt;
  }
  if (exponent >= 0) return Rational(mantissa * Pow(BigInt(10), static_cast<uint64_t>(exponent)));
  return Rational(mantissa, Pow(BigInt(10), static_cast<uint64_t>(-exponent)));
}

// Decodes the body of an interpreted string or rune literal (the lexer has validated it).
// Octal and \x escapes are bytes; \u and \U escapes and literal characters are UTF-8.
auto Unquote(std::string_view body, bool* ok) -> std::string {
  std::string out;
  for (size_t i = 0; i < body.size();) {
    if (body[i] != '\\') {
      out += body[i++];
      continue;
    }
    char c = body[++i];
    ++i;
    auto hex = [&](size_t n) -> uint32_t {
      uint32_t v = 0;
      for (size_t k = 0; k < n && i < body.size(); ++k, ++i) {
        char h = static_cast<char>(body[i] | 0x20);
        v = v * 16 + static_cast<uint32_t>(h <= '9' ? h - '0' : h - 'a' + 10);
      }
      return v;
    };
    switch (c) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '\\': case '\'': case '"': out += c; break;
      case 'x': out += static_cast<char>(hex(2)); break;
      case 'u': lex::AppendUtf8(out, hex(4)); break;
      case 'U': lex::AppendUtf8(out, hex(8)); break;
      default:
        if (c >= '0' && c <= '7') {
          uint32_t v = static_cast<uint32_t>(c - '0');
          for (int k = 0; k < 2 && i < body.size(); ++k) v = v * 8 + static_cast<uint32_t>(body[i++] - '0');
          out += static_cast<char>(v);
        } else {
          *ok = false;
        }
    }
  }
  return out;
}

}  // namespace

auto Value::FromLiteral(lex::TokenKind kind, std::string_view text, bool* too_large) -> Value {
  bool ignored = false;
  if (too_large == nullptr) too_large = &ignored;
  switch (kind) {
    case lex::TokenKind::Int: {
      std::optional<BigInt> i = BigInt::ParseLiteral(text);
      return i ? Int(*i) : Value();
    }
    case lex::TokenKind::Float: {
      std::optional<Rational> f = ParseFloat(text, too_large);
      return f ? Float(*f) : Value();
    }
    case lex::TokenKind::Imag: {
      std::string_view digits = text.substr(0, text.size() - 1);
      // For backward compatibility an imaginary literal made only of decimal digits is decimal
      // even with leading zeros (0123i is 123i); other forms are read as int or float literals.
      bool decimal_digits = digits.find_first_not_of("0123456789_") == std::string_view::npos;
      bool is_float = !decimal_digits &&
                      (digits.find_first_of(".eEpP") != std::string_view::npos &&
                       !(digits.size() > 1 && (digits[1] | 0x20) == 'b') &&
                       !(digits.size() > 1 && (digits[1] | 0x20) == 'o'));
      std::optional<Rational> im;
      if (decimal_digits) {
        std::string decimal;
        for (char c : digits) {
          if (c != '_') decimal += c;
        }
        size_t nz = decimal.find_first_not_of('0');
        std::optional<BigInt> i =
            BigInt::ParseLiteral(nz == std::string::npos ? "0" : decimal.substr(nz));
        if (i) im = Rational(*i);
      } else if (is_float) {
        im = ParseFloat(digits, too_large);
      } else if (std::optional<BigInt> i = BigInt::ParseLiteral(digits)) {
        im = Rational(*i);
      }
      return im ? Complex(Rational(), *im) : Value();
    }
    case lex::TokenKind::Char: {
      bool ok = true;
      std::string bytes = Unquote(text.substr(1, text.size() - 2), &ok);
      if (!ok || bytes.empty()) return Value();
      // A rune literal is one character: decode it (escapes \x and octal give one byte).
      bool byte_escape = text.size() > 2 && text[1] == '\\' &&
                         (text[2] == 'x' || (text[2] >= '0' && text[2] <= '7'));
      if (byte_escape) return Int(BigInt(static_cast<uint8_t>(bytes[0])));
      lex::DecodedRune d = lex::DecodeRune(bytes.data(), bytes.data() + bytes.size());
      return Int(BigInt(static_cast<int64_t>(d.rune)));
    }
    case lex::TokenKind::String: {
      if (!text.empty() && text[0] == '`') {
        std::string raw;
        for (char c : text.substr(1, text.size() - 2)) {
          if (c != '\r') raw += c;  // carriage returns are dropped from raw strings
        }
        return String(std::move(raw));
      }
      bool ok = true;
      std::string s = Unquote(text.substr(1, text.size() - 2), &ok);
      return ok ? String(std::move(s)) : Value();
    }
    default:
      return Value();
  }
}

auto Value::ToInt() const -> std::optional<Value> {
  switch (kind_) {
    case ConstKind::Int: return *this;
    case ConstKind::Float:
      if (real_.IsInt()) return Int(real_.num());
      return std::nullopt;
    case ConstKind::Complex:
      if (imag_.Sign() == 0 && real_.IsInt()) return Int(real_.num());
      return std::nullopt;
    default: return std::nullopt;
  }
}

auto Value::ToFloat() const -> std::optional<Value> {
  switch (kind_) {
    case ConstKind::Int: return Float(Rational(int_));
    case ConstKind::Float: return *this;
    case ConstKind::Complex:
      if (imag_.Sign() == 0) return Float(real_);
      return std::nullopt;
    default: return std::nullopt;
  }
}

auto Value::ToComplex() const -> std::optional<Value> {
  switch (kind_) {
    case ConstKind::Int: return Complex(Rational(int_), Rational());
    case ConstKind::Float: return Complex(real_, Rational());
    case ConstKind::Complex: return *this;
    default: return std::nullopt;
  }
}

namespace {

// %.6g of a value beyond double's range (or below its smallest subnormal), computed on the
// rational as gc computes it on its big floats: 1e+600, not inf.
auto FormatBeyondDouble(const Rational& r) -> std::string {
  BigInt num = r.num().Sign() < 0 ? -r.num() : r.num();
  const BigInt& den = r.den();
  const BigInt ten(10);
  // e: the decimal exponent, 10^e <= num/den < 10^(e+1); estimated from the bit lengths.
  auto e = static_cast<int64_t>(std::floor((static_cast<double>(num.BitLength()) -
                                            static_cast<double>(den.BitLength())) * 0.30102999566398120));
  auto below = [&](int64_t k) {  // num/den < 10^k
    return k >= 0 ? num < den * Pow(ten, static_cast<uint64_t>(k)) : num * Pow(ten, static_cast<uint64_t>(-k)) < den;
  };
  while (below(e)) --e;
  while (!below(e + 1)) ++e;
  // Six significant digits, rounded half to even.
  int64_t shift = 5 - e;
  BigInt n = shift >= 0 ? num * Pow(ten, static_cast<uint64_t>(shift)) : num;
  BigInt d = shift >= 0 ? den : den * Pow(ten, static_cast<uint64_t>(-shift));
  BigInt q = n / d, rem = n % d;
  int c = Compare(rem + rem, d);
  if (c > 0 || (c == 0 && (q % BigInt(2)) == BigInt(1))) q = q + BigInt(1);
  if (q == BigInt(1000000)) {
    q = BigInt(100000);
    ++e;
  }
  std::string digits = q.ToString();
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  std::string out = r.num().Sign() < 0 ? "-" : "";
  out += digits[0];
  if (digits.size() > 1) out += "." + digits.substr(1);
  char exponent[32];
  std::snprintf(exponent, sizeof exponent, "e%c%02lld", e < 0 ? '-' : '+', static_cast<long long>(e < 0 ? -e : e));
  return out + exponent;
}

auto FormatFloat(const Rational& r) -> std::string {
  double d = r.ToDouble();
  if (std::isinf(d) || (d == 0 && r.Sign() != 0)) return FormatBeyondDouble(r);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.6g", d);
  return buf;
}

// strconv.Quote for the common cases: printable ASCII and valid UTF-8 as they are, the usual
// backslash escapes, \x for other bytes.
auto Quote(const std::string& s) -> std::string {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<uint8_t>(s[i]);
    if (c >= 0x80) {
      lex::DecodedRune d = lex::DecodeRune(s.data() + i, s.data() + s.size());
      if (d.rune == 0xfffd && d.width == 1) {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\x%02x", c);
        out += buf;
      } else {
        out.append(s, i, d.width);
      }
      i += d.width;
      continue;
    }
    switch (c) {
      case '\a': out += "\\a"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  return out + "\"";
}

}  // namespace

auto Value::ToString() const -> std::string {
  switch (kind_) {
    case ConstKind::Unknown: return "unknown";
    case ConstKind::Bool: return bool_ ? "true" : "false";
    case ConstKind::Int: return int_.ToString();
    case ConstKind::Float: return FormatFloat(real_);
    case ConstKind::Complex: return "(" + FormatFloat(real_) + " + " + FormatFloat(imag_) + "i)";
    case ConstKind::String: {
      constexpr size_t kMaxLen = 72;
      std::string q = Quote(string_);
      // Shorten to kMaxLen-3 characters (runes) and "...", as go/constant does.
      size_t runes = 0, i = 0;
      for (size_t k = 0; k < q.size(); ++k) runes += (static_cast<uint8_t>(q[k]) & 0xc0) != 0x80;
      if (runes <= kMaxLen) return q;
      for (size_t n = 0; n < kMaxLen - 3; ++n) {
        i += lex::DecodeRune(q.data() + i, q.data() + q.size()).width;
      }
      return q.substr(0, i) + "...";
    }
  }
  return "?";
}

// ---- operations ----

void MatchKinds(Value& x, Value& y) {
  auto rank = [](const Value& v) {
    switch (v.kind()) {
      case ConstKind::Int: return 1;
      case ConstKind::Float: return 2;
      case ConstKind::Complex: return 3;
      default: return 0;
    }
  };
  int rx = rank(x), ry = rank(y);
  if (rx == 0 || ry == 0 || rx == ry) return;
  Value& lower = rx < ry ? x : y;
  int target = std::max(rx, ry);
  lower = target == 2 ? *lower.ToFloat() : *lower.ToComplex();
}

auto BinaryOp(const Value& x, lex::TokenKind op, const Value& y) -> Value {
  using lex::TokenKind;
  if (x.kind() != y.kind()) return Value();
  switch (x.kind()) {
    case ConstKind::Bool:
      if (op == TokenKind::LogicalAnd) return Value::Bool(x.bool_value() && y.bool_value());
      if (op == TokenKind::LogicalOr) return Value::Bool(x.bool_value() || y.bool_value());
      return Value();
    case ConstKind::String:
      if (op == TokenKind::Add) return Value::String(x.string_value() + y.string_value());
      return Value();
    case ConstKind::Int: {
      const BigInt& a = x.int_value();
      const BigInt& b = y.int_value();
      switch (op) {
        case TokenKind::Add: return Value::Int(a + b);
        case TokenKind::Sub: return Value::Int(a - b);
        case TokenKind::Mul: return Value::Int(a * b);
        case TokenKind::Quo: return b.IsZero() ? Value() : Value::Int(a / b);
        case TokenKind::Rem: return b.IsZero() ? Value() : Value::Int(a % b);
        case TokenKind::And: return Value::Int(a & b);
        case TokenKind::Or: return Value::Int(a | b);
        case TokenKind::Xor: return Value::Int(a ^ b);
        case TokenKind::AndNot: return Value::Int(a.AndNot(b));
        default: return Value();
      }
    }
    case ConstKind::Float: {
      const Rational& a = x.real();
      const Rational& b = y.real();
      switch (op) {
        case TokenKind::Add: return Value::Float(a + b);
        case TokenKind::Sub: return Value::Float(a - b);
        case TokenKind::Mul: return Value::Float(a * b);
        case TokenKind::Quo: return b.Sign() == 0 ? Value() : Value::Float(a / b);
        default: return Value();
      }
    }
    case ConstKind::Complex: {
      const Rational &a = x.real(), &b = x.imag(), &c = y.real(), &d = y.imag();
      switch (op) {
        case TokenKind::Add: return Value::Complex(a + c, b + d);
        case TokenKind::Sub: return Value::Complex(a - c, b - d);
        case TokenKind::Mul: return Value::Complex(a * c - b * d, b * c + a * d);
        case TokenKind::Quo: {
          Rational s = c * c + d * d;
          if (s.Sign() == 0) return Value();
          return Value::Complex((a * c + b * d) / s, (b * c - a * d) / s);
        }
        default: return Value();
      }
    }
    default:
      return Value();
  }
}

auto UnaryOp(lex::TokenKind op, const Value& x) -> Value {
  using lex::TokenKind;
  switch (op) {
    case TokenKind::Add:
      return x.kind() == ConstKind::Int || x.kind() == ConstKind::Float ||
                     x.kind() == ConstKind::Complex
                 ? x
                 : Value();
    case TokenKind::Sub:
      if (x.kind() == ConstKind::Int) return Value::Int(-x.int_value());
      if (x.kind() == ConstKind::Float) return Value::Float(-x.real());
      if (x.kind() == ConstKind::Complex) return Value::Complex(-x.real(), -x.imag());
      return Value();
    case TokenKind::Xor:
      return x.kind() == ConstKind::Int ? Value::Int(x.int_value().Not()) : Value();
    case TokenKind::Not:
      return x.kind() == ConstKind::Bool ? Value::Bool(!x.bool_value()) : Value();
    default:
      return Value();
  }
}

auto Shift(const Value& x, lex::TokenKind op, uint64_t count) -> Value {
  if (x.kind() != ConstKind::Int) return Value();
  if (op == lex::TokenKind::Shl) return Value::Int(x.int_value().Shl(count));
  if (op == lex::TokenKind::Shr) return Value::Int(x.int_value().Shr(count));
  return Value();
}

auto CompareValues(const Value& x, lex::TokenKind op, const Value& y) -> bool {
  using lex::TokenKind;
  int c = 0;
  switch (x.kind()) {
    case ConstKind::Bool:
      c = x.bool_value() == y.bool_value() ? 0 : 1;
      break;
    case ConstKind::String:
      c = x.string_value().compare(y.string_value());
      break;
    case ConstKind::Int: c = Compare(x.int_value(), y.int_value()); break;
    case ConstKind::Float: c = Compare(x.real(), y.real()); break;
    case ConstKind::Complex:
      c = x.real() == y.real() && x.imag() == y.imag() ? 0 : 1;
      break;
    default: return false;
  }
  switch (op) {
    case TokenKind::Equal: return c == 0;
    case TokenKind::NotEqual: return c != 0;
    case TokenKind::Less: return c < 0;
    case TokenKind::LessEqual: return c <= 0;
    case TokenKind::Greater: return c > 0;
    case TokenKind::GreaterEqual: return c >= 0;
    default: return false;
  }
}

}  // namespace gocc::types
