// gocc's sizes, alignments and offsets against gc's for the shapes of tests/layout/ on four
// architectures (issue 3, acceptance 4).
//
// layout_probe.go computes its figures in `probeData` with unsafe.Sizeof/Alignof/Offsetof and
// prints them by `probeLabels`. This test evaluates the same expressions with gocc's types and
// sizes, prints them the way the probe's main does, and compares the text with gc's output.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "lexer/lexer.h"
#include "parser/parser.h"
#include "typecheck/check.h"
#include "typecheck/sizes.h"

namespace gocc::types {
namespace {

struct Probe {
  SourceMap sources;
  Diagnostics diags{sources};
  Arena arena;
  Checker checker{arena, diags};
  Package* pkg = nullptr;
  ast::File* tree = nullptr;
  std::unique_ptr<lex::TokenBuffer> tokens;
};

auto LoadProbe() -> std::unique_ptr<Probe> {
  auto probe = std::make_unique<Probe>();
  std::string error;
  const SourceFile* file =
      probe->sources.Load(std::string(GOCC_LAYOUT_DATA_DIR) + "/layout_probe.go", &error);
  if (file == nullptr) return probe;
  probe->tokens = std::make_unique<lex::TokenBuffer>(lex::Lex(*file, probe->diags));
  probe->tree = parse::Parse(*probe->tokens, probe->arena, probe->diags);
  ast::File* files[] = {probe->tree};
  probe->pkg = probe->checker.CheckPackage(files);
  return probe;
}

// The elements of the composite literal of package variable `name`.
auto VarElements(const ast::File& file, std::string_view name) -> ast::List<ast::Expr> {
  for (const ast::Decl* d : file.decls) {
    const auto* g = d->As<ast::GenDecl>();
    if (g == nullptr) continue;
    for (const ast::Node* spec : g->specs) {
      const auto* vs = spec->As<ast::ValueSpec>();
      if (vs != nullptr && vs->names[0]->name == name) {
        return vs->values[0]->As<ast::CompositeLit>()->elts;
      }
    }
  }
  return {};
}

// The value of unsafe.Sizeof/Alignof/Offsetof(arg) for the probe's argument shapes:
// *new(T), T{} and T{}.field.
auto ProbeValue(Checker& checker, const Sizes& sizes, const ast::Expr* e) -> int64_t {
  const auto* call = e->As<ast::CallExpr>();
  std::string_view fn = call->fun->As<ast::SelectorExpr>()->sel->name;
  const ast::Expr* arg = call->args[0];
  const Type* type = nullptr;
  int64_t offset = -1;
  if (const auto* star = arg->As<ast::StarExpr>()) {
    type = checker.ResolveType(star->x->As<ast::CallExpr>()->args[0]);
  } else if (const auto* lit = arg->As<ast::CompositeLit>()) {
    type = checker.ResolveType(lit->type);
  } else if (const auto* sel = arg->As<ast::SelectorExpr>()) {
    const Type* outer = checker.ResolveType(sel->x->As<ast::CompositeLit>()->type);
    const auto* st = As<Struct>(Underlying(outer));
    std::vector<int64_t> offsets = sizes.Offsets(st);
    for (size_t i = 0; i < st->fields.size(); ++i) {
      if (st->fields[i].name == sel->sel->name) {
        type = st->fields[i].type;
        offset = offsets[i];
      }
    }
  }
  if (type == nullptr) return -1;
  if (fn == "Sizeof") return sizes.SizeOf(type);
  if (fn == "Alignof") return sizes.AlignOf(type);
  return offset;
}

class LayoutTest : public ::testing::TestWithParam<std::string> {};

TEST_P(LayoutTest, MatchesGc) {
  const std::string arch_name = GetParam();
  auto probe = LoadProbe();
  ASSERT_NE(probe->pkg, nullptr);
  std::ostringstream errors;
  probe->diags.Print(errors, 0);
  ASSERT_EQ(errors.str(), "");
  Sizes sizes(*FindArch(arch_name));

  std::vector<int64_t> data;
  for (const ast::Expr* e : VarElements(*probe->tree, "probeData")) {
    data.push_back(ProbeValue(probe->checker, sizes, e));
  }
  std::string got;
  size_t i = 0;
  char buf[256];
  for (const ast::Expr* e : VarElements(*probe->tree, "probeLabels")) {
    std::string_view lit = e->As<ast::BasicLit>()->value;
    std::string label(lit.substr(1, lit.size() - 2));
    std::string name = label.substr(0, label.find(':'));
    std::string fields = label.substr(label.find(':') + 1);
    std::snprintf(buf, sizeof buf, "%-30s size=%-3lld align=%lld", name.c_str(),
                  static_cast<long long>(data[i]), static_cast<long long>(data[i + 1]));
    got += buf;
    i += 2;
    std::istringstream in(fields);
    for (std::string field; in >> field; i += 3) {
      std::snprintf(buf, sizeof buf, "  %s@%lld(%lld/%lld)", field.c_str(),
                    static_cast<long long>(data[i]), static_cast<long long>(data[i + 1]),
                    static_cast<long long>(data[i + 2]));
      got += buf;
    }
    got += '\n';
  }
  ASSERT_EQ(i, data.size());

  std::ifstream want_file(std::string(GOCC_LAYOUT_DATA_DIR) + "/layout_" + arch_name + ".txt");
  std::stringstream want;
  want << want_file.rdbuf();
  ASSERT_FALSE(want.str().empty());
  EXPECT_EQ(got, want.str());
}

INSTANTIATE_TEST_SUITE_P(Gc, LayoutTest, ::testing::Values("amd64", "386", "arm", "arm64"));

TEST(Sizes, KnowsGcTargets) {
  EXPECT_EQ(FindArch("wasm")->ptr_size, 8);
  EXPECT_EQ(FindArch("mips")->ptr_size, 4);
  EXPECT_EQ(FindArch("nosuch"), nullptr);
}

}  // namespace
}  // namespace gocc::types
