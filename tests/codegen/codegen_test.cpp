// Codegen tests: small functions built by hand in the IR, lowered to LLVM, optimized at -O0 and
// -O2, run in ORC's LLJIT (factorial, a slice sum, struct fields at gc's offsets, string
// comparison through runtime stubs), plus the object-file + link path with a tiny C main, the
// struct layout agreement with typecheck's Sizes, and the runtime ABI numbers.
#include <gtest/gtest.h>
#include <llvm/IR/DataLayout.h>
#include <llvm/IR/DerivedTypes.h>
#include <llvm/IR/LLVMContext.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "codegen/abi.h"
#include "codegen/codegen.h"
#include "codegen/lower.h"
#include "ir/ir_builder.h"
#include "ir/ssa.h"
#include "ir/verify.h"
#include "tests/codegen/jit.h"
#include "tests/ir/test_types.h"

extern "C" {
long gocc_probe_frame_size(void);
long gocc_probe_frame_jb(void);
long gocc_probe_mapiter_size(void);
long gocc_probe_mapiter_elem(void);
long gocc_probe_itab_fun(void);
long gocc_probe_type_size(void);
}

namespace gocc::codegen {
namespace {

using ir::BinaryOp;
using ir::Block;
using ir::Builder;
using ir::Function;
using ir::SsaBuilder;
using ir::Value;
using testing::Jit;
using testing::TypeKit;

struct GoString {
  const char* ptr;
  int64_t len;
};

extern "C" auto StubEqString(const char* a, int64_t na, const char* b, int64_t nb) -> bool {
  return na == nb && std::memcmp(a, b, static_cast<size_t>(na)) == 0;
}
extern "C" auto StubCmpString(const char* a, int64_t na, const char* b, int64_t nb) -> int64_t {
  int c = std::memcmp(a, b, static_cast<size_t>(std::min(na, nb)));
  if (c != 0) return c < 0 ? -1 : 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

auto Joined(const std::vector<std::string>& v) -> std::string {
  std::string s;
  for (const auto& m : v) s += m + "\n";
  return s;
}

class CodegenTest : public ::testing::TestWithParam<int> {};

// func fact(n int) int { r := 1; for i := 2; i <= n; i++ { r *= i }; return r }
void BuildFact(TypeKit& kit, ir::Program& prog) {
  Function* fn = prog.NewFunction("main.fact", kit.Sig({kit.Int()}, {kit.Int()}));
  Value* n = fn->AddParam("n", kit.Int());
  Builder b(fn);
  SsaBuilder ssa(fn);
  auto r = ssa.NewVariable(kit.Int());
  auto i = ssa.NewVariable(kit.Int());
  Block* entry = fn->NewBlock("entry");
  Block* loop = fn->NewBlock("for.loop");
  Block* body = fn->NewBlock("for.body");
  Block* done = fn->NewBlock("for.done");
  ssa.SealBlock(entry);
  b.SetBlock(entry);
  ssa.WriteVariable(r, entry, b.ConstInt(kit.Int(), 1));
  ssa.WriteVariable(i, entry, b.ConstInt(kit.Int(), 2));
  b.Jump(loop);
  b.SetBlock(loop);
  b.If(b.BinOp(BinaryOp::Le, ssa.ReadVariable(i, loop), n), body, done);
  ssa.SealBlock(body);
  b.SetBlock(body);
  ssa.WriteVariable(r, body, b.BinOp(BinaryOp::Mul, ssa.ReadVariable(r, body), ssa.ReadVariable(i, body)));
  ssa.WriteVariable(i, body, b.BinOp(BinaryOp::Add, ssa.ReadVariable(i, body), b.ConstInt(kit.Int(), 1)));
  b.Jump(loop);
  ssa.SealBlock(loop);
  ssa.SealBlock(done);
  b.SetBlock(done);
  Value* result = ssa.ReadVariable(r, done);
  b.Return({&result, 1});
  ssa.Finish();
}

TEST_P(CodegenTest, Factorial) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  BuildFact(kit, *prog);
  ASSERT_EQ(Joined(ir::Verify(*prog)), "");
  Jit jit(*prog, GetParam(), {});
  ASSERT_EQ(Joined(jit.errors()), "");
  auto fact = jit.Lookup<int64_t (*)(void*, int64_t)>("main.fact");
  ASSERT_NE(fact, nullptr);
  EXPECT_EQ(fact(nullptr, 0), 1);
  EXPECT_EQ(fact(nullptr, 5), 120);
  EXPECT_EQ(fact(nullptr, 20), 2432902008176640000);
}

// func sum(s []int) int { t := 0; for i := 0; i < len(s); i++ { t += s[i] }; return t }
TEST_P(CodegenTest, SumOfSlice) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  const auto* slice = kit.Slice(kit.Int());
  Function* fn = prog->NewFunction("main.sum", kit.Sig({slice}, {kit.Int()}));
  Value* s = fn->AddParam("s", slice);
  Builder b(fn);
  SsaBuilder ssa(fn);
  auto t = ssa.NewVariable(kit.Int());
  auto i = ssa.NewVariable(kit.Int());
  Block* entry = fn->NewBlock("entry");
  Block* loop = fn->NewBlock("for.loop");
  Block* body = fn->NewBlock("for.body");
  Block* done = fn->NewBlock("for.done");
  ssa.SealBlock(entry);
  b.SetBlock(entry);
  ssa.WriteVariable(t, entry, b.ConstInt(kit.Int(), 0));
  ssa.WriteVariable(i, entry, b.ConstInt(kit.Int(), 0));
  b.Jump(loop);
  b.SetBlock(loop);
  b.If(b.BinOp(BinaryOp::Lt, ssa.ReadVariable(i, loop), b.Len(s)), body, done);
  ssa.SealBlock(body);
  b.SetBlock(body);
  Value* elem = b.Load(b.IndexAddr(s, ssa.ReadVariable(i, body)));
  ssa.WriteVariable(t, body, b.BinOp(BinaryOp::Add, ssa.ReadVariable(t, body), elem));
  ssa.WriteVariable(i, body, b.BinOp(BinaryOp::Add, ssa.ReadVariable(i, body), b.ConstInt(kit.Int(), 1)));
  b.Jump(loop);
  ssa.SealBlock(loop);
  ssa.SealBlock(done);
  b.SetBlock(done);
  Value* result = ssa.ReadVariable(t, done);
  b.Return({&result, 1});
  ssa.Finish();
  ASSERT_EQ(Joined(ir::Verify(*prog)), "");
  Jit jit(*prog, GetParam(), {{"gocc_panic_bounds", reinterpret_cast<void*>(&abort)}});
  ASSERT_EQ(Joined(jit.errors()), "");
  // A []int is passed as its three words.
  auto sum = jit.Lookup<int64_t (*)(void*, const int64_t*, int64_t, int64_t)>("main.sum");
  ASSERT_NE(sum, nullptr);
  int64_t data[] = {1, 2, 3, 4, 5, 100};
  EXPECT_EQ(sum(nullptr, data, 6, 6), 115);
  EXPECT_EQ(sum(nullptr, data, 0, 6), 0);
}

// type T struct { a int8; b int64; c int16; d bool }
// func f(p *T) int64 { p.c = int16(p.a) * 3; p.d = true; return p.b + int64(p.c) }
TEST_P(CodegenTest, StructFieldsAtGcOffsets) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  const auto* i8 = kit.Basic(types::BasicKind::Int8);
  const auto* i16 = kit.Basic(types::BasicKind::Int16);
  const auto* i64 = kit.Basic(types::BasicKind::Int64);
  const auto* st = kit.Named("T", kit.Struct({{"a", i8}, {"b", i64}, {"c", i16}, {"d", kit.Bool()}}));
  const auto* ptr = kit.Pointer(st);
  Function* fn = prog->NewFunction("main.f", kit.Sig({ptr}, {i64}));
  Value* p = fn->AddParam("p", ptr);
  Builder b(fn);
  b.SetBlock(fn->NewBlock("entry"));
  Value* a = b.Load(b.FieldAddr(p, 0));
  Value* c = b.BinOp(BinaryOp::Mul, b.Convert(i16, a), b.ConstInt(i16, 3));
  b.Store(b.FieldAddr(p, 2), c);
  b.Store(b.FieldAddr(p, 3), b.ConstBool(true));
  Value* r = b.BinOp(BinaryOp::Add, b.Load(b.FieldAddr(p, 1)), b.Convert(i64, b.Load(b.FieldAddr(p, 2))));
  b.Return({&r, 1});
  ASSERT_EQ(Joined(ir::Verify(*prog)), "");
  Jit jit(*prog, GetParam(), {});
  ASSERT_EQ(Joined(jit.errors()), "");
  auto f = jit.Lookup<int64_t (*)(void*, void*)>("main.f");
  ASSERT_NE(f, nullptr);
  alignas(8) unsigned char mem[24] = {};
  mem[0] = static_cast<unsigned char>(-7);  // a at 0
  int64_t bval = 1000;
  std::memcpy(mem + 8, &bval, 8);  // b at 8
  EXPECT_EQ(f(nullptr, mem), 1000 - 21);
  int16_t cval;
  std::memcpy(&cval, mem + 16, 2);  // c at 16
  EXPECT_EQ(cval, -21);
  EXPECT_EQ(mem[18], 1);  // d at 18
}

// func less(a, b string) bool { return a < b }; func eq(a, b string) bool { return a == b }
TEST_P(CodegenTest, StringCompare) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  for (auto [name, op] : {std::pair{"main.less", BinaryOp::Lt}, std::pair{"main.eq", BinaryOp::Eq}}) {
    Function* fn = prog->NewFunction(name, kit.Sig({kit.String(), kit.String()}, {kit.Bool()}));
    Value* a = fn->AddParam("a", kit.String());
    Value* c = fn->AddParam("b", kit.String());
    Builder b(fn);
    b.SetBlock(fn->NewBlock("entry"));
    Value* r = b.BinOp(op, a, c);
    b.Return({&r, 1});
  }
  Jit jit(*prog, GetParam(),
          {{"gocc_eqstring", reinterpret_cast<void*>(&StubEqString)},
           {"gocc_cmpstring", reinterpret_cast<void*>(&StubCmpString)}});
  ASSERT_EQ(Joined(jit.errors()), "");
  using Cmp = bool (*)(void*, const char*, int64_t, const char*, int64_t);
  auto less = jit.Lookup<Cmp>("main.less");
  auto eq = jit.Lookup<Cmp>("main.eq");
  ASSERT_NE(less, nullptr);
  ASSERT_NE(eq, nullptr);
  EXPECT_TRUE(less(nullptr, "abc", 3, "abd", 3));
  EXPECT_FALSE(less(nullptr, "abd", 3, "abc", 3));
  EXPECT_TRUE(less(nullptr, "ab", 2, "abc", 3));
  EXPECT_TRUE(eq(nullptr, "gocc", 4, "gocc", 4));
  EXPECT_FALSE(eq(nullptr, "gocc", 4, "gcc", 3));
}

INSTANTIATE_TEST_SUITE_P(OptLevels, CodegenTest, ::testing::Values(0, 2),
                         [](const ::testing::TestParamInfo<int>& info) { return "O" + std::to_string(info.param); });

TEST(CodegenLayoutTest, StructsMatchGcSizes) {
  TypeKit kit;
  llvm::LLVMContext ctx;
  llvm::DataLayout dl("e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128");
  TypeLowering lowering(ctx, dl);
  const auto* c64 = kit.Basic(types::BasicKind::Complex64);
  const auto* empty = kit.Struct({});
  std::vector<const types::Type*> cases = {
      kit.Struct({{"a", kit.Bool()}, {"b", kit.Int()}, {"c", kit.Bool()}}),
      kit.Struct({{"a", kit.Int()}, {"z", empty}}),  // trailing zero-size field: one byte more
      kit.Struct({{"a", kit.Bool()}, {"c", c64}, {"s", kit.String()}, {"x", kit.Array(kit.Bool(), 3)}}),
      kit.Struct({{"i", kit.Interface()}, {"b", kit.Basic(types::BasicKind::Uint8)}, {"sl", kit.Slice(kit.Int())}}),
  };
  for (const auto* t : cases) {
    const auto* st = types::As<types::Struct>(t);
    auto* lt = llvm::cast<llvm::StructType>(lowering.Lower(t));
    const llvm::StructLayout* layout = dl.getStructLayout(lt);
    auto offsets = lowering.sizes().Offsets(st);
    EXPECT_EQ(static_cast<int64_t>(dl.getTypeAllocSize(lt)), lowering.Size(t)) << RuntimeTypeString(t);
    for (size_t i = 0; i < st->fields.size(); ++i) {
      EXPECT_EQ(static_cast<int64_t>(layout->getElementOffset(lowering.FieldIndex(st, static_cast<int>(i)))), offsets[i])
          << RuntimeTypeString(t) << " field " << i;
    }
  }
}

TEST(CodegenAbiTest, ConstantsMatchRuntimeHeader) {
  EXPECT_EQ(abi::kFrameSize, gocc_probe_frame_size());
  EXPECT_EQ(abi::kFrameJmpBufOffset, gocc_probe_frame_jb());
  EXPECT_EQ(abi::kMapIterSize, gocc_probe_mapiter_size());
  EXPECT_EQ(abi::kMapIterElemOffset, gocc_probe_mapiter_elem());
  EXPECT_EQ(abi::kItabFunOffset, gocc_probe_itab_fun());
  EXPECT_EQ(abi::kTypeDescriptorSize, gocc_probe_type_size());
}

TEST(CodegenObjectTest, ObjectLinksWithCMain) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  BuildFact(kit, *prog);
  llvm::LLVMContext ctx;
  CodegenOptions options;
  options.emit_entry_points = false;
  options.debug_info = true;
  options.sources = &kit.sources();
  std::vector<std::string> errors;
  auto module = EmitModule(*prog, ctx, options, &errors);
  ASSERT_EQ(Joined(errors), "");
  Optimize(*module, options);
  std::ostringstream text;
  PrintLLVM(*module, text);
  EXPECT_NE(text.str().find("define i64 @main.fact(ptr"), std::string::npos) << text.str();
  auto dir = std::filesystem::temp_directory_path() / ("gocc-codegen-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::string error;
  ASSERT_TRUE(EmitObject(*module, options, (dir / "fact.o").string(), &error)) << error;
  {
    std::ofstream c(dir / "main.c");
    c << "#include <stdio.h>\n"
         "extern long go_fact(void*, long) __asm__(\"main.fact\");\n"
         "int main(void) { printf(\"%ld\\n\", go_fact(0, 10)); return 0; }\n";
  }
  LinkOptions link;
  link.output = (dir / "fact").string();
  link.objects = {(dir / "fact.o").string(), (dir / "main.c").string()};
  ASSERT_TRUE(Link(link, &error)) << error;
  std::string cmd = link.output + " > " + (dir / "out.txt").string();
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::ifstream out(dir / "out.txt");
  std::string line;
  std::getline(out, line);
  EXPECT_EQ(line, "3628800");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace gocc::codegen
