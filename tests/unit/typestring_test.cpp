// Types written as gc writes them. Expected strings were printed by go/types (TypeString with
// the package as qualifier) for the same declarations, under Go 1.19.
#include <gtest/gtest.h>

#include <sstream>

#include "lexer/lexer.h"
#include "parser/parser.h"
#include "typecheck/check.h"
#include "typecheck/typestring.h"

namespace gocc::types {
namespace {

TEST(TypeString, MatchesGoTypes) {
  SourceMap sources;
  Diagnostics diags(sources);
  Arena arena;
  const SourceFile* file = sources.Add("p.go", R"(package p
import "unsafe"
type T int
type A [3]*T
type S []map[string]T
type C1 <-chan int
type C2 chan<- []byte
type C3 chan (<-chan int)
type F func(a int, b ...string) (n int, err error)
type G func(int) string
type St struct { a int; T; p *T "tag"; u unsafe.Pointer }
type I interface{ M(x int) bool; fmt() }
type E interface{}
type R rune
)");
  lex::TokenBuffer tokens = lex::Lex(*file, diags);
  ast::File* tree = parse::Parse(tokens, arena, diags);
  Checker checker(arena, diags);
  ast::File* files[] = {tree};
  Package* pkg = checker.CheckPackage(files);
  std::ostringstream errors;
  diags.Print(errors, 0);
  ASSERT_EQ(errors.str(), "");
  auto under = [&](std::string_view name) {
    return TypeString(Underlying(pkg->scope->LookupLocal(name)->type));
  };
  EXPECT_EQ(under("T"), "int");
  EXPECT_EQ(under("A"), "[3]*T");
  EXPECT_EQ(under("S"), "[]map[string]T");
  EXPECT_EQ(under("C1"), "<-chan int");
  EXPECT_EQ(under("C2"), "chan<- []byte");
  EXPECT_EQ(under("C3"), "chan (<-chan int)");
  EXPECT_EQ(under("F"), "func(a int, b ...string) (n int, err error)");
  EXPECT_EQ(under("G"), "func(int) string");
  EXPECT_EQ(under("St"), "struct{a int; T; p *T \"tag\"; u unsafe.Pointer}");
  EXPECT_EQ(under("I"), "interface{M(x int) bool; fmt()}");
  EXPECT_EQ(under("E"), "interface{}");
  EXPECT_EQ(under("R"), "rune");
}

TEST(Checker, ReportsUndefinedTypesAndCycles) {
  SourceMap sources;
  Diagnostics diags(sources);
  Arena arena;
  const SourceFile* file = sources.Add(
      "p.go", "package p\ntype A B\ntype B A\ntype L struct{ next *L }\nvar x Undef\n"
              "type S struct{ s S }\n");
  lex::TokenBuffer tokens = lex::Lex(*file, diags);
  ast::File* tree = parse::Parse(tokens, arena, diags);
  Checker checker(arena, diags);
  ast::File* files[] = {tree};
  checker.CheckPackage(files);
  std::ostringstream errors;
  diags.Print(errors, 0);
  // gc 1.19's output (go tool compile) for the same file; the self-reference through a pointer
  // (line 4) is fine.
  EXPECT_EQ(errors.str(),
            "p.go:2:6: invalid recursive type A\n"
            "\tp.go:2:6: A refers to\n"
            "\tp.go:3:6: B refers to\n"
            "\tp.go:2:6: A\n"
            "p.go:5:7: undefined: Undef\n"
            "p.go:6:6: invalid recursive type S\n"
            "\tp.go:6:6: S refers to\n"
            "\tp.go:6:6: S\n");
}

}  // namespace
}  // namespace gocc::types
