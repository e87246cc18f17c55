// BigInt against math/big (Go's constant arithmetic). Expected values were printed by a Go 1.19
// program using math/big (Quo/Rem truncate, Rsh floors, bitwise ops are two's complement).
#include <gtest/gtest.h>

#include "typecheck/bigint.h"

namespace gocc::types {
namespace {

auto Lit(std::string_view s) -> BigInt { return *BigInt::ParseLiteral(s); }

TEST(BigInt, ArithmeticMatchesMathBig) {
  BigInt a = BigInt(1).Shl(100);
  BigInt b = -BigInt(1).Shl(70) + BigInt(12345);
  BigInt c = Lit("0x_DEAD_BEEF_CAFE_BABE_1234");
  BigInt seven(7);
  EXPECT_EQ(a.ToString(), "1267650600228229401496703205376");
  EXPECT_EQ(b.ToString(), "-1180591620717411291079");
  EXPECT_EQ(c.ToString(), "1051570404360395033547316");
  EXPECT_EQ((a + b).ToString(), "1267650599047637780779291914297");
  EXPECT_EQ((a - b).ToString(), "1267650601408821022214114496455");
  EXPECT_EQ((a * b).ToString(), "-1496577676626844572591426608883981850650873853640704");
  EXPECT_EQ((a / b).ToString(), "-1073741824");
  EXPECT_EQ((a % b).ToString(), "13255342817280");
  EXPECT_EQ((b / seven).ToString(), "-168655945816773041582");
  EXPECT_EQ((b % seven).ToString(), "-5");
  EXPECT_EQ(b.Shr(3).ToString(), "-147573952589676411385");
  EXPECT_EQ(b.Shl(33).ToString(), "-10141204801825835105930883104768");
  EXPECT_EQ((a & b).ToString(), "1267650600228229401496703205376");
  EXPECT_EQ((a | b).ToString(), "-1180591620717411291079");
  EXPECT_EQ((a ^ b).ToString(), "-1267650601408821022214114496455");
  EXPECT_EQ(a.AndNot(b).ToString(), "0");
  EXPECT_EQ(b.Not().ToString(), "1180591620717411291078");
  EXPECT_EQ((c * c * c).ToString(),
            "1162826884729934182819930372987282266331954187935459713340298078771250496");
  EXPECT_EQ(BigInt(-7).Shr(1).ToString(), "-4");
  EXPECT_EQ(BigInt(-1).Shr(100).ToString(), "-1");
  EXPECT_EQ((BigInt(-12) & BigInt(-7)).ToString(), "-16");
}

TEST(BigInt, LiteralsAndLimits) {
  EXPECT_EQ(Lit("0b1010").ToString(), "10");
  EXPECT_EQ(Lit("0o17").ToString(), "15");
  EXPECT_EQ(Lit("017").ToString(), "15");
  EXPECT_EQ(Lit("0").ToString(), "0");
  EXPECT_EQ(Lit("1_000_000").ToString(), "1000000");
  EXPECT_FALSE(BigInt::ParseLiteral("09").has_value());
  EXPECT_EQ(BigInt(INT64_MIN).ToString(), "-9223372036854775808");
  EXPECT_EQ(BigInt(INT64_MIN).ToInt64(), INT64_MIN);
  EXPECT_FALSE((BigInt(INT64_MAX) + BigInt(1)).ToInt64().has_value());
  EXPECT_EQ(Lit("0xFFFFFFFFFFFFFFFF").ToUint64(), UINT64_MAX);
  EXPECT_FALSE(Lit("0x10000000000000000").ToUint64().has_value());
  EXPECT_EQ(Lit("0x10000000000000000").BitLength(), 65u);
  EXPECT_EQ((BigInt(5) - BigInt(5)).Sign(), 0);
  EXPECT_FALSE((BigInt(5) - BigInt(5)).IsNegative());  // no negative zero
  EXPECT_LT(Compare(BigInt(-3), BigInt(2)), 0);
}

}  // namespace
}  // namespace gocc::types
