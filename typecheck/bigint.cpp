#include "typecheck/bigint.h"

#include <algorithm>

namespace gocc::types {

BigInt::BigInt(int64_t v) {
  negative_ = v < 0;
  // -(INT64_MIN) overflows int64; go through uint64.
  uint64_t magnitude = negative_ ? ~static_cast<uint64_t>(v) + 1 : static_cast<uint64_t>(v);
  while (magnitude != 0) {
    limbs_.push_back(static_cast<uint32_t>(magnitude));
    magnitude >>= 32;
  }
}

auto BigInt::FromUint64(uint64_t v) -> BigInt {
  BigInt r;
  while (v != 0) {
    r.limbs_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

void BigInt::Trim(Limbs& limbs) {
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
}

void BigInt::Normalize() {
  Trim(limbs_);
  if (limbs_.empty()) negative_ = false;
}

auto BigInt::ParseLiteral(std::string_view text) -> std::optional<BigInt> {
  uint32_t base = 10;
  size_t i = 0;
  if (text.size() >= 2 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x') {
      base = 16, i = 2;
    } else if (p == 'b') {
      base = 2, i = 2;
    } else if (p == 'o') {
      base = 8, i = 2;
    } else {
      base = 8, i = 1;
    }
  }
  BigInt result;
  bool any = false;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '_') continue;
    uint32_t d;
    if (c >= '0' && c <= '9') {
      d = static_cast<uint32_t>(c - '0');
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') {
      d = static_cast<uint32_t>((c | 0x20) - 'a' + 10);
    } else {
      return std::nullopt;
    }
    if (d >= base) return std::nullopt;
    // result = result * base + d, limb by limb.
    uint64_t carry = d;
    for (uint32_t& limb : result.limbs_) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    if (carry != 0) result.limbs_.push_back(static_cast<uint32_t>(carry));
    any = true;
  }
  if (!any && !(text.size() == 1 && text[0] == '0')) return std::nullopt;
  result.Normalize();
  return result;
}

auto BigInt::BitLength() const -> uint64_t {
  if (limbs_.empty()) return 0;
  return (limbs_.size() - 1) * 32 + (32 - static_cast<uint64_t>(__builtin_clz(limbs_.back())));
}

auto BigInt::ToUint64() const -> std::optional<uint64_t> {
  if (negative_ || limbs_.size() > 2) return std::nullopt;
  uint64_t v = 0;
  for (size_t i = limbs_.size(); i-- > 0;) v = (v << 32) | limbs_[i];
  return v;
}

auto BigInt::ToInt64() const -> std::optional<int64_t> {
  if (limbs_.size() > 2) return std::nullopt;
  uint64_t v = 0;
  for (size_t i = limbs_.size(); i-- > 0;) v = (v << 32) | limbs_[i];
  if (!negative_) {
    if (v > static_cast<uint64_t>(INT64_MAX)) return std::nullopt;
    return static_cast<int64_t>(v);
  }
  if (v > static_cast<uint64_t>(INT64_MAX) + 1) return std::nullopt;
  return static_cast<int64_t>(~v + 1);
}

auto BigInt::ToString() const -> std::string {
  if (limbs_.empty()) return "0";
  // Repeated division by 10^9.
  Limbs magnitude = limbs_;
  std::string digits;
  while (!magnitude.empty()) {
    uint64_t remainder = 0;
    for (size_t i = magnitude.size(); i-- > 0;) {
      uint64_t cur = (remainder << 32) | magnitude[i];
      magnitude[i] = static_cast<uint32_t>(cur / 1000000000u);
      remainder = cur % 1000000000u;
    }
    Trim(magnitude);
    for (int k = 0; k < 9; ++k) {
      digits += static_cast<char>('0' + remainder % 10);
      remainder /= 10;
      if (magnitude.empty() && remainder == 0) break;
    }
  }
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  if (negative_) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

auto BigInt::CompareMagnitude(const Limbs& a, const Limbs& b) -> int {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

auto Compare(const BigInt& a, const BigInt& b) -> int {
  if (a.negative_ != b.negative_) return a.negative_ ? -1 : 1;
  int c = BigInt::CompareMagnitude(a.limbs_, b.limbs_);
  return a.negative_ ? -c : c;
}

auto BigInt::AddMagnitude(const Limbs& a, const Limbs& b) -> Limbs {
  const Limbs& longer = a.size() >= b.size() ? a : b;
  const Limbs& shorter = a.size() >= b.size() ? b : a;
  Limbs out(longer.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < longer.size(); ++i) {
    uint64_t v = static_cast<uint64_t>(longer[i]) + (i < shorter.size() ? shorter[i] : 0) + carry;
    out[i] = static_cast<uint32_t>(v);
    carry = v >> 32;
  }
  out[longer.size()] = static_cast<uint32_t>(carry);
  Trim(out);
  return out;
}

auto BigInt::SubMagnitude(const Limbs& a, const Limbs& b) -> Limbs {
  Limbs out(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t v = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = v < 0;
    out[i] = static_cast<uint32_t>(v + (borrow << 32));
  }
  Trim(out);
  return out;
}

auto BigInt::MulMagnitude(const Limbs& a, const Limbs& b) -> Limbs {
  if (a.empty() || b.empty()) return {};
  Limbs out(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.size(); ++j) {
      uint64_t v = static_cast<uint64_t>(a[i]) * b[j] + out[i + j] + carry;
      out[i + j] = static_cast<uint32_t>(v);
      carry = v >> 32;
    }
    out[i + b.size()] = static_cast<uint32_t>(carry);
  }
  Trim(out);
  return out;
}

// Schoolbook long division, one bit at a time: simple and plenty fast for constants of a few
// hundred bits.
void BigInt::DivModMagnitude(const Limbs& a, const Limbs& b, Limbs* quotient, Limbs* remainder) {
  Limbs q(a.size());
  Limbs r;
  for (size_t i = a.size() * 32; i-- > 0;) {
    // r = r << 1 | bit i of a
    uint32_t carry = (a[i / 32] >> (i % 32)) & 1;
    for (uint32_t& limb : r) {
      uint32_t next = limb >> 31;
      limb = (limb << 1) | carry;
      carry = next;
    }
    if (carry != 0) r.push_back(carry);
    if (CompareMagnitude(r, b) >= 0) {
      r = SubMagnitude(r, b);
      q[i / 32] |= 1u << (i % 32);
    }
  }
  Trim(q);
  *quotient = std::move(q);
  *remainder = std::move(r);
}

auto operator+(const BigInt& a, const BigInt& b) -> BigInt {
  BigInt r;
  if (a.negative_ == b.negative_) {
    r.limbs_ = BigInt::AddMagnitude(a.limbs_, b.limbs_);
    r.negative_ = a.negative_;
  } else if (BigInt::CompareMagnitude(a.limbs_, b.limbs_) >= 0) {
    r.limbs_ = BigInt::SubMagnitude(a.limbs_, b.limbs_);
    r.negative_ = a.negative_;
  } else {
    r.limbs_ = BigInt::SubMagnitude(b.limbs_, a.limbs_);
    r.negative_ = b.negative_;
  }
  r.Normalize();
  return r;
}

auto BigInt::operator-() const -> BigInt {
  BigInt r = *this;
  r.negative_ = !negative_;
  r.Normalize();
  return r;
}

auto operator-(const BigInt& a, const BigInt& b) -> BigInt { return a + -b; }

auto operator*(const BigInt& a, const BigInt& b) -> BigInt {
  BigInt r;
  r.limbs_ = BigInt::MulMagnitude(a.limbs_, b.limbs_);
  r.negative_ = a.negative_ != b.negative_;
  r.Normalize();
  return r;
}

auto operator/(const BigInt& a, const BigInt& b) -> BigInt {
  BigInt q, r;
  BigInt::DivModMagnitude(a.limbs_, b.limbs_, &q.limbs_, &r.limbs_);
  q.negative_ = a.negative_ != b.negative_;
  q.Normalize();
  return q;
}

auto operator%(const BigInt& a, const BigInt& b) -> BigInt {
  BigInt q, r;
  BigInt::DivModMagnitude(a.limbs_, b.limbs_, &q.limbs_, &r.limbs_);
  r.negative_ = a.negative_;
  r.Normalize();
  return r;
}

auto BigInt::Shl(uint64_t n) const -> BigInt {
  if (IsZero()) return *this;
  BigInt r;
  size_t limb_shift = n / 32;
  unsigned bit_shift = static_cast<unsigned>(n % 32);
  r.limbs_.assign(limb_shift, 0);
  uint32_t carry = 0;
  for (uint32_t limb : limbs_) {
    r.limbs_.push_back(bit_shift == 0 ? limb : (limb << bit_shift) | carry);
    carry = bit_shift == 0 ? 0 : limb >> (32 - bit_shift);
  }
  if (carry != 0) r.limbs_.push_back(carry);
  r.negative_ = negative_;
  r.Normalize();
  return r;
}

auto BigInt::Shr(uint64_t n) const -> BigInt {
  if (negative_) {
    // Floor division by 2^n: -((-x - 1) >> n) - 1.
    return -(((-*this) - BigInt(1)).Shr(n)) - BigInt(1);
  }
  size_t limb_shift = n / 32;
  if (limb_shift >= limbs_.size()) return BigInt();
  unsigned bit_shift = static_cast<unsigned>(n % 32);
  BigInt r;
  for (size_t i = limb_shift; i < limbs_.size(); ++i) {
    uint32_t lo = limbs_[i] >> bit_shift;
    uint32_t hi = (bit_shift != 0 && i + 1 < limbs_.size()) ? limbs_[i + 1] << (32 - bit_shift)
                                                            : 0;
    r.limbs_.push_back(lo | hi);
  }
  r.Normalize();
  return r;
}

auto BigInt::TwosComplement(size_t n) const -> Limbs {
  Limbs out = limbs_;
  out.resize(n, 0);
  if (negative_) {
    for (uint32_t& limb : out) limb = ~limb;
    for (uint32_t& limb : out) {  // + 1
      if (++limb != 0) break;
    }
  }
  return out;
}

auto BigInt::FromTwosComplement(Limbs limbs) -> BigInt {
  BigInt r;
  bool negative = !limbs.empty() && (limbs.back() >> 31) != 0;
  if (negative) {
    for (uint32_t& limb : limbs) limb = ~limb;
    for (uint32_t& limb : limbs) {
      if (++limb != 0) break;
    }
  }
  r.limbs_ = std::move(limbs);
  r.negative_ = negative;
  r.Normalize();
  return r;
}

namespace {
template <typename Op>
auto Bitwise(const BigInt& a, const BigInt& b, Op op, size_t width,
             std::vector<uint32_t> (BigInt::*twos)(size_t) const) -> std::vector<uint32_t> {
  std::vector<uint32_t> x = (a.*twos)(width), y = (b.*twos)(width);
  for (size_t i = 0; i < width; ++i) x[i] = op(x[i], y[i]);
  return x;
}
}  // namespace

auto operator&(const BigInt& a, const BigInt& b) -> BigInt {
  size_t width = std::max(a.limbs_.size(), b.limbs_.size()) + 1;
  return BigInt::FromTwosComplement(
      Bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }, width, &BigInt::TwosComplement));
}

auto operator|(const BigInt& a, const BigInt& b) -> BigInt {
  size_t width = std::max(a.limbs_.size(), b.limbs_.size()) + 1;
  return BigInt::FromTwosComplement(
      Bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }, width, &BigInt::TwosComplement));
}

auto operator^(const BigInt& a, const BigInt& b) -> BigInt {
  size_t width = std::max(a.limbs_.size(), b.limbs_.size()) + 1;
  return BigInt::FromTwosComplement(
      Bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }, width, &BigInt::TwosComplement));
}

auto BigInt::AndNot(const BigInt& b) const -> BigInt { return *this & b.Not(); }

auto BigInt::Not() const -> BigInt { return -*this - BigInt(1); }

}  // namespace gocc::types
