// Go's arithmetic corner cases through codegen, in the JIT with no runtime: x / -1 and x % -1 at
// the minimum integer, shifts by the width or more, signed shift counts, integer and float
// conversions, multiple results with Extract, and a string slice's bounds (the panic stub
// longjmps back to the test with its arguments).
#include <gtest/gtest.h>

#include <csetjmp>
#include <cstdint>
#include <limits>

#include "ir/ir_builder.h"
#include "ir/verify.h"
#include "tests/codegen/jit.h"
#include "tests/ir/test_types.h"

namespace gocc::ir {
namespace {

using testing::Jit;
using testing::TypeKit;

std::jmp_buf panic_jump;
int64_t panic_args[4];
extern "C" void StubPanicBounds(int64_t x, int64_t y, int64_t code, int64_t is_signed) {
  panic_args[0] = x;
  panic_args[1] = y;
  panic_args[2] = code;
  panic_args[3] = is_signed;
  std::longjmp(panic_jump, 1);
}
extern "C" void StubPanicShift() { std::longjmp(panic_jump, 2); }
extern "C" void StubPanicDivide() { std::longjmp(panic_jump, 3); }

class OpsTest : public ::testing::TestWithParam<int> {
 protected:
  OpsTest() : prog_(kit_.NewProgram()) {}
  // Defines name(x T1, y T2) R = op(x, y) via make.
  template <typename Make>
  void Binary(const char* name, const types::Type* t1, const types::Type* t2, const types::Type* r, Make make) {
    Function* fn = prog_->NewFunction(name, kit_.Sig({t1, t2}, {r}));
    Value* x = fn->AddParam("x", t1);
    Value* y = fn->AddParam("y", t2);
    Builder b(fn);
    b.SetBlock(fn->NewBlock("entry"));
    Value* v = make(b, x, y);
    b.Return({&v, 1});
  }
  auto MakeJit() -> std::unique_ptr<Jit> {
    std::string verify;
    for (const auto& m : Verify(*prog_)) verify += m + "\n";
    EXPECT_EQ(verify, "");
    auto jit = std::make_unique<Jit>(*prog_, GetParam(),
                                     std::map<std::string, void*>{{"gocc_panic_bounds", reinterpret_cast<void*>(&StubPanicBounds)},
                                                                  {"gocc_panic_shift", reinterpret_cast<void*>(&StubPanicShift)},
                                                                  {"gocc_panic_divide", reinterpret_cast<void*>(&StubPanicDivide)}});
    std::string errors;
    for (const auto& e : jit->errors()) errors += e + "\n";
    EXPECT_EQ(errors, "");
    return jit;
  }
  TypeKit kit_;
  std::unique_ptr<Program> prog_;
};

TEST_P(OpsTest, DivisionByMinusOneAndZero) {
  Binary("main.div", kit_.Int(), kit_.Int(), kit_.Int(), [](Builder& b, Value* x, Value* y) { return b.BinOp(BinaryOp::Div, x, y); });
  Binary("main.rem", kit_.Int(), kit_.Int(), kit_.Int(), [](Builder& b, Value* x, Value* y) { return b.BinOp(BinaryOp::Rem, x, y); });
  auto jit = MakeJit();
  auto div = jit->Lookup<int64_t (*)(void*, int64_t, int64_t)>("main.div");
  auto rem = jit->Lookup<int64_t (*)(void*, int64_t, int64_t)>("main.rem");
  ASSERT_TRUE(div && rem);
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  EXPECT_EQ(div(nullptr, kMin, -1), kMin);
  EXPECT_EQ(rem(nullptr, kMin, -1), 0);
  EXPECT_EQ(div(nullptr, -7, 2), -3);
  EXPECT_EQ(rem(nullptr, -7, 2), -1);
  volatile int which = setjmp(panic_jump);
  if (which == 0) {
    div(nullptr, 1, 0);
    FAIL() << "no panic";
  }
  EXPECT_EQ(which, 3);
}

TEST_P(OpsTest, ShiftsFollowGo) {
  const auto* u8 = kit_.Basic(types::BasicKind::Uint8);
  const auto* i8 = kit_.Basic(types::BasicKind::Int8);
  const auto* u64 = kit_.Basic(types::BasicKind::Uint64);
  Binary("main.shl", kit_.Int(), u64, kit_.Int(), [](Builder& b, Value* x, Value* y) { return b.BinOp(BinaryOp::Shl, x, y); });
  Binary("main.sar8", i8, u8, i8, [](Builder& b, Value* x, Value* y) { return b.BinOp(BinaryOp::Shr, x, y); });
  Binary("main.shr8", u8, kit_.Int(), u8, [](Builder& b, Value* x, Value* y) { return b.BinOp(BinaryOp::Shr, x, y); });
  auto jit = MakeJit();
  auto shl = jit->Lookup<int64_t (*)(void*, int64_t, uint64_t)>("main.shl");
  auto sar8 = jit->Lookup<int8_t (*)(void*, int8_t, uint8_t)>("main.sar8");
  auto shr8 = jit->Lookup<uint8_t (*)(void*, uint8_t, int64_t)>("main.shr8");
  ASSERT_TRUE(shl && sar8 && shr8);
  EXPECT_EQ(shl(nullptr, 1, 3), 8);
  EXPECT_EQ(shl(nullptr, 1, 64), 0);
  EXPECT_EQ(shl(nullptr, 1, 1ull << 40), 0);
  EXPECT_EQ(sar8(nullptr, -128, 200), -1);
  EXPECT_EQ(sar8(nullptr, -128, 1), -64);
  EXPECT_EQ(shr8(nullptr, 0x80, 7), 1);
  EXPECT_EQ(shr8(nullptr, 0x80, 300), 0);  // an int count wider than the operand
  volatile int which = setjmp(panic_jump);
  if (which == 0) {
    shr8(nullptr, 1, -1);
    FAIL() << "no panic";
  }
  EXPECT_EQ(which, 2);
}

TEST_P(OpsTest, Conversions) {
  const auto* u8 = kit_.Basic(types::BasicKind::Uint8);
  const auto* i32 = kit_.Basic(types::BasicKind::Int32);
  const auto* f32 = kit_.Basic(types::BasicKind::Float32);
  Binary("main.narrow", kit_.Int(), kit_.Int(), u8, [&](Builder& b, Value* x, Value*) { return b.Convert(u8, x); });
  Binary("main.widen", i32, i32, kit_.Int(), [&](Builder& b, Value* x, Value*) { return b.Convert(kit_.Int(), x); });
  Binary("main.tofloat", u8, u8, f32, [&](Builder& b, Value* x, Value*) { return b.Convert(f32, x); });
  Binary("main.toint", kit_.Float64(), kit_.Float64(), kit_.Int(), [&](Builder& b, Value* x, Value*) { return b.Convert(kit_.Int(), x); });
  auto jit = MakeJit();
  auto narrow = jit->Lookup<uint8_t (*)(void*, int64_t, int64_t)>("main.narrow");
  auto widen = jit->Lookup<int64_t (*)(void*, int32_t, int32_t)>("main.widen");
  auto tofloat = jit->Lookup<float (*)(void*, uint8_t, uint8_t)>("main.tofloat");
  auto toint = jit->Lookup<int64_t (*)(void*, double, double)>("main.toint");
  ASSERT_TRUE(narrow && widen && tofloat && toint);
  EXPECT_EQ(narrow(nullptr, 0x1ff, 0), 0xff);
  EXPECT_EQ(widen(nullptr, -5, 0), -5);
  EXPECT_EQ(tofloat(nullptr, 200, 0), 200.0f);
  EXPECT_EQ(toint(nullptr, -3.9, 0), -3);
}

// func divmod(a, b int) (int, int); func use(a, b int) int { q, r := divmod(a, b); return q*10 + r }
TEST_P(OpsTest, MultipleResults) {
  Function* divmod = prog_->NewFunction("main.divmod", kit_.Sig({kit_.Int(), kit_.Int()}, {kit_.Int(), kit_.Int()}));
  {
    Value* a = divmod->AddParam("a", kit_.Int());
    Value* c = divmod->AddParam("b", kit_.Int());
    Builder b(divmod);
    b.SetBlock(divmod->NewBlock("entry"));
    Value* results[] = {b.BinOp(BinaryOp::Div, a, c), b.BinOp(BinaryOp::Rem, a, c)};
    b.Return(results);
  }
  Binary("main.use", kit_.Int(), kit_.Int(), kit_.Int(), [&](Builder& b, Value* x, Value* y) {
    Value* args[] = {x, y};
    Value* t = b.Call(divmod, args);
    return b.BinOp(BinaryOp::Add, b.BinOp(BinaryOp::Mul, b.Extract(t, 0), b.ConstInt(kit_.Int(), 10)), b.Extract(t, 1));
  });
  auto jit = MakeJit();
  auto use = jit->Lookup<int64_t (*)(void*, int64_t, int64_t)>("main.use");
  ASSERT_NE(use, nullptr);
  EXPECT_EQ(use(nullptr, 47, 5), 92);
}

// func sub(s string, i, j int) string { return s[i:j] }
TEST_P(OpsTest, StringSliceBounds) {
  Function* fn = prog_->NewFunction("main.sub", kit_.Sig({kit_.String(), kit_.Int(), kit_.Int()}, {kit_.String()}));
  Value* s = fn->AddParam("s", kit_.String());
  Value* i = fn->AddParam("i", kit_.Int());
  Value* j = fn->AddParam("j", kit_.Int());
  Builder b(fn);
  b.SetBlock(fn->NewBlock("entry"));
  Value* r = b.Slice(s, i, j, nullptr);
  b.Return({&r, 1});
  auto jit = MakeJit();
  struct Str {
    const char* p;
    int64_t n;
  };
  auto sub = jit->Lookup<Str (*)(void*, const char*, int64_t, int64_t, int64_t)>("main.sub");
  ASSERT_NE(sub, nullptr);
  const char* text = "hello, world";
  Str r1 = sub(nullptr, text, 12, 7, 12);
  EXPECT_EQ(std::string(r1.p, static_cast<size_t>(r1.n)), "world");
  volatile int which = setjmp(panic_jump);
  if (which == 0) {
    sub(nullptr, text, 12, 3, 20);
    FAIL() << "no panic";
  }
  EXPECT_EQ(which, 1);
  EXPECT_EQ(panic_args[0], 20);  // s[:20] with length 12: gc's "slice bounds out of range [:20] with length 12"
  EXPECT_EQ(panic_args[1], 12);
  EXPECT_EQ(panic_args[2], 1);   // GOCC_BOUNDS_SLICE_ALEN
}

INSTANTIATE_TEST_SUITE_P(OptLevels, OpsTest, ::testing::Values(0, 2),
                         [](const ::testing::TestParamInfo<int>& info) { return "O" + std::to_string(info.param); });

}  // namespace
}  // namespace gocc::ir
