// Constant values against go/constant. Expected strings were printed by Go 1.19
// (types.Eval(...).Value.String()) for the expressions in the comments.
#include <gtest/gtest.h>

#include "typecheck/constant.h"

namespace gocc::types {
namespace {

using lex::TokenKind;

auto Lit(TokenKind kind, std::string_view text) -> Value {
  Value v = Value::FromLiteral(kind, text);
  EXPECT_TRUE(v.IsKnown()) << text;
  return v;
}
auto I(std::string_view t) -> Value { return Lit(TokenKind::Int, t); }
auto F(std::string_view t) -> Value { return Lit(TokenKind::Float, t); }

// x op y with untyped-constant kind matching.
auto Bin(Value x, TokenKind op, Value y) -> Value {
  MatchKinds(x, y);
  return BinaryOp(x, op, y);
}

TEST(Constant, ExactFloatArithmetic) {
  // 0.1 + 0.2 == 0.3 => true ; 1/3.0*3 == 1 => true
  EXPECT_TRUE(CompareValues(Bin(F("0.1"), TokenKind::Add, F("0.2")), TokenKind::Equal, F("0.3")));
  Value third = Bin(I("1"), TokenKind::Quo, F("3.0"));
  Value product = Bin(third, TokenKind::Mul, I("3"));
  Value one = I("1");
  MatchKinds(product, one);
  EXPECT_TRUE(CompareValues(product, TokenKind::Equal, one));
  EXPECT_EQ(third.ToString(), "0.333333");                             // 1.0/3
  EXPECT_EQ(Bin(F("7.0"), TokenKind::Quo, I("2")).ToString(), "3.5");  // 7.0/2
}

TEST(Constant, IntegerDivisionTruncates) {
  EXPECT_EQ(Bin(I("7"), TokenKind::Quo, I("2")).ToString(), "3");
  EXPECT_EQ(Bin(UnaryOp(TokenKind::Sub, I("7")), TokenKind::Quo, I("2")).ToString(), "-3");
  EXPECT_EQ(Bin(UnaryOp(TokenKind::Sub, I("7")), TokenKind::Rem, I("2")).ToString(), "-1");
  EXPECT_FALSE(Bin(I("1"), TokenKind::Quo, I("0")).IsKnown());  // division by zero
  EXPECT_EQ(Shift(Shift(I("1"), TokenKind::Shl, 100), TokenKind::Shr, 98).ToString(), "4");
  EXPECT_EQ(UnaryOp(TokenKind::Xor, I("5")).ToString(), "-6");
  EXPECT_EQ(Bin(UnaryOp(TokenKind::Sub, I("5")), TokenKind::AndNot, I("3")).ToString(), "-8");
}

TEST(Constant, LiteralsAndFormatting) {
  EXPECT_EQ(F("2.5").ToString(), "2.5");
  EXPECT_EQ(F("1e6").ToString(), "1e+06");
  EXPECT_EQ(F("0x1p-2").ToString(), "0.25");
  EXPECT_EQ(F("0x1.8p1").ToString(), "3");
  EXPECT_EQ(F("1_000.5e-1").ToString(), "100.05");
  EXPECT_EQ(F("123456789.0").ToString(), "1.23457e+08");
  EXPECT_EQ(F("1e-7").ToString(), "1e-07");
  EXPECT_EQ(F("100000.0").ToString(), "100000");
  EXPECT_EQ(F("1000000.0").ToString(), "1e+06");
  EXPECT_EQ(F("0.000123456789").ToString(), "0.000123457");
  EXPECT_EQ(F("3.0").ToString(), "3");
  EXPECT_EQ(F("1e100").ToString(), "1e+100");
  EXPECT_EQ(Lit(TokenKind::Imag, "0123i").ToString(), "(0 + 123i)");
  Value c = Bin(Bin(I("1"), TokenKind::Add, Lit(TokenKind::Imag, "2i")), TokenKind::Mul,
                Bin(I("3"), TokenKind::Sub, Lit(TokenKind::Imag, "4i")));
  EXPECT_EQ(c.ToString(), "(11 + 2i)");  // (1 + 2i) * (3 - 4i)
  EXPECT_EQ(Lit(TokenKind::Char, "'a'").ToString(), "97");
  EXPECT_EQ(Lit(TokenKind::Char, "'\\x41'").ToString(), "65");
  EXPECT_EQ(Lit(TokenKind::Char, "'€'").ToString(), "8364");
  EXPECT_EQ(Lit(TokenKind::Char, "'\\377'").ToString(), "255");
  EXPECT_EQ(Lit(TokenKind::String, "\"\\u00e9\\x41\\101\"").ToString(), "\"éAA\"");
  EXPECT_EQ(Lit(TokenKind::String, "\"tab\\there\\n\"").ToString(), "\"tab\\there\\n\"");
  EXPECT_EQ(Lit(TokenKind::String,
                "\"0123456789012345678901234567890123456789012345678901234567890123456789012345\"")
                .ToString(),
            "\"01234567890123456789012345678901234567890123456789012345678901234567...");
  EXPECT_EQ(Lit(TokenKind::String, "`a\r\nb`").string_value(), "a\nb");  // CRs dropped
  EXPECT_FALSE(UnaryOp(TokenKind::Not, Value::Bool(true)).bool_value());
  EXPECT_TRUE(CompareValues(Value::String("a"), TokenKind::Less, Value::String("b")));
}

TEST(Constant, NearestDouble) {
  EXPECT_EQ(F("0.1").real().ToDouble(), 0.1);
  EXPECT_EQ(F("1e23").real().ToDouble(), 1e23);  // a classic double-rounding trap
  EXPECT_EQ(F("0x1.fffffffffffffp1023").real().ToDouble(), 1.7976931348623157e308);
  EXPECT_EQ(F("2.2250738585072014e-308").real().ToDouble(), 2.2250738585072014e-308);
  EXPECT_EQ(F("9007199254740993").real().ToDouble(), 9007199254740992.0);  // ties to even
}

}  // namespace
}  // namespace gocc::types
