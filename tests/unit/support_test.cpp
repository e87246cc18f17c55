#include <gtest/gtest.h>

#include <sstream>

#include "support/diagnostics.h"
#include "support/source.h"

namespace gocc {
namespace {

TEST(SourceMap, ResolvesLineAndByteColumn) {
  SourceMap sources;
  const SourceFile* a = sources.Add("a.go", "package a\n\tx\n");
  const SourceFile* b = sources.Add("b.go", "package b\n");
  EXPECT_EQ(sources.Format(a->PosAt(0)), "a.go:1:1");
  EXPECT_EQ(sources.Format(a->PosAt(11)), "a.go:2:2");  // a tab is one column, as in gc
  EXPECT_EQ(sources.Format(a->PosAt(13)), "a.go:3:1");  // end of file
  EXPECT_EQ(sources.Format(b->PosAt(8)), "b.go:1:9");
  EXPECT_EQ(sources.FileOf(b->PosAt(0)), b);
  EXPECT_EQ(sources.Format(Pos{}), "<unknown>");
}

TEST(Diagnostics, SortsDeduplicatesAndKeepsOneSyntaxErrorPerLine) {
  SourceMap sources;
  const SourceFile* f = sources.Add("f.go", "line one\nline two\n");
  Diagnostics diags(sources);
  diags.Report(f->PosAt(9), DiagKind::Syntax, "unexpected x");
  diags.Report(f->PosAt(11), DiagKind::Syntax, "unexpected y");  // same line: dropped
  diags.Report(f->PosAt(0), DiagKind::NonSyntax, "first");
  diags.Report(f->PosAt(0), DiagKind::NonSyntax, "first");  // duplicate: dropped
  std::ostringstream out;
  diags.Print(out);
  EXPECT_EQ(out.str(), "f.go:1:1: first\nf.go:2:1: syntax error: unexpected x\n");
  EXPECT_EQ(diags.error_count(), 2u);
}

TEST(Diagnostics, StopsAfterTenErrors) {
  SourceMap sources;
  std::string text;
  for (int i = 0; i < 12; ++i) text += "x\n";
  const SourceFile* f = sources.Add("f.go", text);
  Diagnostics diags(sources);
  for (uint32_t i = 0; i < 12; ++i) diags.Report(f->PosAt(2 * i), DiagKind::NonSyntax, "e");
  std::ostringstream out;
  diags.Print(out, 10);
  EXPECT_NE(out.str().find("f.go:10:1: e\nf.go:10:1: too many errors\n"), std::string::npos);
  EXPECT_EQ(out.str().find("f.go:11:1"), std::string::npos);
}

}  // namespace
}  // namespace gocc
