// Constant values, exact as Go's untyped constants are (spec "Constant expressions").
//
// Integers are BigInts. Floating-point constants are exact rationals: every decimal or
// hexadecimal literal is one, and +, -, *, / of rationals are exact, so `0.1 + 0.2 == 0.3` holds
// as it does in Go. (gc switches to 512-bit floats for exponents beyond its rational limits;
// gocc keeps rationals up to kMaxExponent and reports larger ones.) Complex constants are pairs of
// rationals. Conversion to a sized type rounds (floats) or checks the range (integers) at the
// point of use: see Representable.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lexer/token.h"
#include "typecheck/bigint.h"

namespace gocc::types {

class Rational {
 public:
  Rational() : den_(1) {}
  Rational(BigInt num, BigInt den);  // den != 0
  explicit Rational(BigInt i) : num_(std::move(i)), den_(1) {}

  auto num() const -> const BigInt& { return num_; }
  auto den() const -> const BigInt& { return den_; }
  auto IsInt() const -> bool { return den_ == BigInt(1); }
  auto Sign() const -> int { return num_.Sign(); }
  // The nearest double (ties to even), or ±inf beyond the range.
  auto ToDouble() const -> double { return ToFloat(53); }
  // The nearest binary float with `mantissa_bits` significant bits (24: float32, 53: float64),
  // ties to even, as a double (exact for those widths); ±inf beyond the double range.
  auto ToFloat(int mantissa_bits) const -> double;

  friend auto operator+(const Rational& a, const Rational& b) -> Rational;
  friend auto operator-(const Rational& a, const Rational& b) -> Rational;
  friend auto operator*(const Rational& a, const Rational& b) -> Rational;
  friend auto operator/(const Rational& a, const Rational& b) -> Rational;  // b != 0
  auto operator-() const -> Rational { return Rational(-num_, den_); }
  friend auto Compare(const Rational& a, const Rational& b) -> int;
  friend auto operator==(const Rational& a, const Rational& b) -> bool {
    return a.num_ == b.num_ && a.den_ == b.den_;
  }

 private:
  BigInt num_;
  BigInt den_;  // > 0, gcd(num, den) == 1
};

enum class ConstKind : uint8_t { Unknown, Bool, String, Int, Float, Complex };

class Value {
 public:
  Value() = default;
  static auto Bool(bool b) -> Value;
  static auto String(std::string s) -> Value;
  static auto Int(BigInt i) -> Value;
  static auto Float(Rational f) -> Value;  // kept as Float even if integral
  static auto Complex(Rational re, Rational im) -> Value;
  // The value of a literal token's text (INT, FLOAT, IMAG, CHAR, STRING); Unknown if malformed.
  // Unknown for a malformed literal, and for a float whose exponent is beyond kMaxExponent
  // (then *too_large is set, when given).
  static auto FromLiteral(lex::TokenKind kind, std::string_view text, bool* too_large = nullptr) -> Value;

  auto kind() const -> ConstKind { return kind_; }
  auto IsKnown() const -> bool { return kind_ != ConstKind::Unknown; }
  auto bool_value() const -> bool { return bool_; }
  auto string_value() const -> const std::string& { return string_; }
  auto int_value() const -> const BigInt& { return int_; }
  auto real() const -> const Rational& { return real_; }
  auto imag() const -> const Rational& { return imag_; }

  // Conversions between numeric kinds (ToInt fails for non-integral values).
  auto ToInt() const -> std::optional<Value>;
  auto ToFloat() const -> std::optional<Value>;
  auto ToComplex() const -> std::optional<Value>;

  // The value as go/constant's String writes it: decimal integers, floats with %.6g, quoted
  // strings (shortened past 72 characters), (re + imi) for complex numbers.
  auto ToString() const -> std::string;

 private:
  ConstKind kind_ = ConstKind::Unknown;
  bool bool_ = false;
  std::string string_;
  BigInt int_;
  Rational real_;
  Rational imag_;
};

// Exponents of float literals beyond this are not supported (gc allows more with big floats).
constexpr int kMaxExponent = 10000;

// x op y for two values of the same kind (the caller matches kinds first, as untyped constant
// conversion does). Integer division truncates; Float division is exact. Returns Unknown on
// division by zero (the caller reports it) or an unsupported operation.
auto BinaryOp(const Value& x, lex::TokenKind op, const Value& y) -> Value;
auto UnaryOp(lex::TokenKind op, const Value& x) -> Value;
auto Shift(const Value& x, lex::TokenKind op, uint64_t count) -> Value;
// x op y for a comparison operator.
auto CompareValues(const Value& x, lex::TokenKind op, const Value& y) -> bool;
// Matches two numeric values' kinds (Int < Float < Complex), as mixing untyped constants does.
void MatchKinds(Value& x, Value& y);

}  // namespace gocc::types
