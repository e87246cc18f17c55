// Arbitrary-precision integers for Go's untyped constants.
//
// Go constants are exact: `1 << 100 >> 98` is 4, and `const big = 1 << 500` is legal as long as
// it is not converted to a sized type. BigInt is a sign and magnitude (32-bit limbs, least
// significant first, no leading zero limbs; zero has no limbs and is never negative), with the
// operations the constant evaluator needs. Division truncates toward zero and the remainder has
// the dividend's sign, as Go's / and % do.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gocc::types {

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT(google-explicit-constructor): integers convert naturally
  static auto FromUint64(uint64_t v) -> BigInt;
  // Parses a Go integer literal's digits (prefixes 0x 0o 0b and legacy 0, '_' separators).
  static auto ParseLiteral(std::string_view text) -> std::optional<BigInt>;

  auto IsZero() const -> bool { return limbs_.empty(); }
  auto IsNegative() const -> bool { return negative_; }
  auto Sign() const -> int { return IsZero() ? 0 : negative_ ? -1 : 1; }
  // Bits needed for the magnitude (0 for zero).
  auto BitLength() const -> uint64_t;
  // The value if it fits.
  auto ToInt64() const -> std::optional<int64_t>;
  auto ToUint64() const -> std::optional<uint64_t>;
  auto ToString() const -> std::string;  // decimal

  friend auto operator+(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator-(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator*(const BigInt& a, const BigInt& b) -> BigInt;
  // Truncated division; the divisor must not be zero.
  friend auto operator/(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator%(const BigInt& a, const BigInt& b) -> BigInt;
  auto operator-() const -> BigInt;
  auto Shl(uint64_t n) const -> BigInt;
  // Arithmetic shift: rounds toward negative infinity, as Go's >> on signed values.
  auto Shr(uint64_t n) const -> BigInt;
  // Bitwise operations with two's-complement semantics on negative values.
  friend auto operator&(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator|(const BigInt& a, const BigInt& b) -> BigInt;
  friend auto operator^(const BigInt& a, const BigInt& b) -> BigInt;
  auto AndNot(const BigInt& b) const -> BigInt;
  auto Not() const -> BigInt;  // ^x == -x - 1

  friend auto Compare(const BigInt& a, const BigInt& b) -> int;
  friend auto operator==(const BigInt& a, const BigInt& b) -> bool {
    return a.negative_ == b.negative_ && a.limbs_ == b.limbs_;
  }
  friend auto operator<(const BigInt& a, const BigInt& b) -> bool { return Compare(a, b) < 0; }

 private:
  using Limbs = std::vector<uint32_t>;
  static auto CompareMagnitude(const Limbs& a, const Limbs& b) -> int;
  static auto AddMagnitude(const Limbs& a, const Limbs& b) -> Limbs;
  static auto SubMagnitude(const Limbs& a, const Limbs& b) -> Limbs;  // requires |a| >= |b|
  static auto MulMagnitude(const Limbs& a, const Limbs& b) -> Limbs;
  static void DivModMagnitude(const Limbs& a, const Limbs& b, Limbs* quotient, Limbs* remainder);
  static void Trim(Limbs& limbs);
  // Two's-complement limbs of the value, n limbs wide (n large enough).
  auto TwosComplement(size_t n) const -> Limbs;
  static auto FromTwosComplement(Limbs limbs) -> BigInt;
  void Normalize();

  Limbs limbs_;
  bool negative_ = false;
};

}  // namespace gocc::types
