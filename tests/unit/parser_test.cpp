#include <gtest/gtest.h>

#include <sstream>

#include "ast/dump.h"
#include "lexer/lexer.h"
#include "parser/parser.h"

namespace gocc::parse {
namespace {

struct Parsed {
  std::string errors;
  std::string dump;
};

auto ParseString(std::string_view src) -> Parsed {
  SourceMap sources;
  Diagnostics diags(sources);
  Arena arena;
  const SourceFile* f = sources.Add("t.go", std::string(src));
  lex::TokenBuffer tokens = lex::Lex(*f, diags);
  ast::File* file = Parse(tokens, arena, diags);
  std::ostringstream out, err;
  ast::Dump(*file, *f, out);
  diags.Print(err, 0);
  return {err.str(), out.str()};
}

TEST(Parser, ParsesAllStatementForms) {
  Parsed p = ParseString(R"(package p
import ("fmt"; m "math")
type T[P any, Q ~int | string] struct{ a, b int; *E "tag"; F[int] }
func (t *T[P, Q]) M(x ...int) (r int, err error) {
L:
	for i := range x { if i > 0 { continue L } else { break } }
	switch v := any(t).(type) { case int, string: _ = v; default: }
	select { case c <- 1: case v, ok := <-c: _, _ = v, ok; default: }
	go func() {}()
	defer fmt.Println(m.Pi)
	s := []int{1, 2, 3}[1:2:3]
	x[0]++
	var ch <-chan <-chan int
	return len(s), nil
}
)");
  EXPECT_EQ(p.errors, "");
  EXPECT_NE(p.dump.find("TypeSwitchStmt"), std::string::npos);
  EXPECT_NE(p.dump.find("SliceExpr 11:21 slice3"), std::string::npos);
  EXPECT_NE(p.dump.find("LabeledStmt"), std::string::npos);
}

TEST(Parser, CompositeLiteralsInControlClauses) {
  // `T{` in an if header opens the block, except inside parentheses.
  EXPECT_EQ(ParseString("package p\nfunc f() { if x == (T{}) {}; for _, v := range []int{1} {} }\n").errors, "");
}

TEST(Parser, SyntaxErrorsUseGcWording) {
  EXPECT_EQ(ParseString("package p\nfunc f() {\n\tx := []int{1,\n\t2\n}\n").errors,
            "t.go:4:3: syntax error: unexpected newline in composite literal; possibly missing "
            "comma or }\n");
  EXPECT_EQ(ParseString("package p\nx := 1\n").errors,
            "t.go:2:1: syntax error: non-declaration statement outside function body\n");
  EXPECT_EQ(ParseString("package p\nfunc f() { if x = 1 {} }\n").errors,
            "t.go:2:17: syntax error: cannot use assignment (x) = (1) as value\n");
  EXPECT_EQ(ParseString("package p\nfunc f()\n{\n}\n").errors,
            "t.go:3:1: syntax error: unexpected semicolon or newline before {\n");
  EXPECT_EQ(ParseString("x").errors, "t.go:1:1: syntax error: package statement must be first\n");
  EXPECT_EQ(ParseString("package p\nfunc f() { for i := 0; i < 10; j := 1 {} }\n").errors,
            "t.go:2:34: syntax error: cannot declare in post statement of for loop\n");
}

TEST(Parser, KeepsGoingAfterErrors) {
  Parsed p = ParseString("package p\nfunc f() { x := }\nfunc g() { y( }\nfunc h() {}\n");
  EXPECT_NE(p.errors.find("t.go:2:"), std::string::npos);
  EXPECT_NE(p.errors.find("t.go:3:"), std::string::npos);
  EXPECT_NE(p.dump.find("\"h\""), std::string::npos);  // the tree still has h
}

}  // namespace
}  // namespace gocc::parse
