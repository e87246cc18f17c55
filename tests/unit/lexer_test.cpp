#include <gtest/gtest.h>

#include <sstream>

#include "lexer/dump.h"
#include "lexer/lexer.h"

namespace gocc::lex {
namespace {

struct Lexed {
  SourceMap sources;
  Diagnostics diags{sources};
  std::string dump;
  std::string errors;
};

auto LexString(std::string_view src) -> std::unique_ptr<Lexed> {
  auto l = std::make_unique<Lexed>();
  const SourceFile* f = l->sources.Add("t.go", std::string(src));
  TokenBuffer tokens = Lex(*f, l->diags);
  std::ostringstream out, err;
  DumpTokens(tokens, out);
  l->diags.Print(err, 0);
  l->dump = out.str();
  l->errors = err.str();
  return l;
}

TEST(Lexer, AutomaticSemicolons) {
  auto l = LexString("x\nreturn\n)\n+\n");
  EXPECT_EQ(l->dump,
            "1:1 IDENT x\n1:2 SEMICOLON \\n\n2:1 RETURN return\n2:7 SEMICOLON \\n\n"
            "3:1 RPAREN )\n3:2 SEMICOLON \\n\n4:1 ADD +\n4:3 EOF\n");  // go/token: no line at EOF
}

TEST(Lexer, SemicolonBeforeLineEndComment) {
  // go/scanner puts the semicolon at the comment that ends the line.
  auto l = LexString("a /* x */ /* y */\nb /* k */ c");
  EXPECT_EQ(l->dump,
            "1:1 IDENT a\n1:3 SEMICOLON \\n\n1:3 COMMENT /* x */\n1:11 COMMENT /* y */\n"
            "2:1 IDENT b\n2:3 COMMENT /* k */\n2:11 IDENT c\n2:12 SEMICOLON \\n\n2:12 EOF\n");
}

TEST(Lexer, NumberForms) {
  auto l = LexString("0x_1F 0o17 0b1 017 1_000 1.5e3 0x1p-2 .5 1. 3i 0x1.8p1i");
  EXPECT_EQ(l->errors, "");
  EXPECT_NE(l->dump.find("INT 0x_1F"), std::string::npos);
  EXPECT_NE(l->dump.find("FLOAT 0x1p-2"), std::string::npos);
  EXPECT_NE(l->dump.find("FLOAT .5"), std::string::npos);
  EXPECT_NE(l->dump.find("FLOAT 1."), std::string::npos);
  EXPECT_NE(l->dump.find("IMAG 0x1.8p1i"), std::string::npos);
}

TEST(Lexer, NumberErrorsUseGcWording) {
  EXPECT_EQ(LexString("08")->errors, "t.go:1:2: invalid digit '8' in octal literal\n");
  EXPECT_EQ(LexString("1__2")->errors, "t.go:1:3: '_' must separate successive digits\n");
  EXPECT_EQ(LexString("0x")->errors, "t.go:1:3: hexadecimal literal has no digits\n");
  EXPECT_EQ(LexString("0x1.5")->errors,
            "t.go:1:6: hexadecimal mantissa requires a 'p' exponent\n");
  EXPECT_EQ(LexString("1e+")->errors, "t.go:1:4: exponent has no digits\n");
}

TEST(Lexer, StringsRunesAndEscapes) {
  EXPECT_EQ(LexString(R"("a\tb\u00e9\U0001F600\x41\101")")->errors, "");
  EXPECT_EQ(LexString(R"('\'' '\x7f' 'é')")->errors, "");
  EXPECT_EQ(LexString("\"abc\n")->errors, "t.go:1:5: newline in string\n");
  EXPECT_EQ(LexString("\"abc")->errors, "t.go:1:1: string not terminated\n");
  EXPECT_EQ(LexString("'ab'")->errors, "t.go:1:1: more than one character in rune literal\n");
  EXPECT_EQ(LexString("''")->errors,
            "t.go:1:2: empty rune literal or unescaped ' in rune literal\n");
  EXPECT_EQ(LexString(R"("\q")")->errors, "t.go:1:3: unknown escape\n");
  EXPECT_EQ(LexString(R"("\400")")->errors, "t.go:1:6: octal escape value 256 > 255\n");
  EXPECT_EQ(LexString(R"("\uD800")")->errors,
            "t.go:1:8: escape is invalid Unicode code point U+D800\n");
}

TEST(Lexer, RawStringsAndComments) {
  auto l = LexString("`a\nb` /* unterminated");
  EXPECT_EQ(l->errors, "t.go:2:4: comment not terminated\n");
  EXPECT_NE(l->dump.find("1:1 STRING `a\\nb`"), std::string::npos);
}

TEST(Lexer, UnicodeIdentifiersAndBadCharacters) {
  auto l = LexString("αβ := 1 // ok\n");
  EXPECT_EQ(l->errors, "");
  EXPECT_NE(l->dump.find("1:1 IDENT αβ"), std::string::npos);
  EXPECT_EQ(LexString("x ? y")->errors, "t.go:1:3: invalid character U+003F '?'\n");
  EXPECT_EQ(LexString("a\x80")->errors, "t.go:1:2: invalid UTF-8 encoding\n");
  EXPECT_EQ(LexString("x\xEF\xBB\xBF")->errors,
            "t.go:1:2: invalid BOM in the middle of the file\n");
  // A BOM at the start is skipped; columns still count its bytes.
  EXPECT_EQ(LexString("\xEF\xBB\xBFx")->dump, "1:4 IDENT x\n1:5 SEMICOLON \\n\n1:5 EOF\n");
}

}  // namespace
}  // namespace gocc::lex
