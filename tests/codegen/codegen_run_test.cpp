// End-to-end codegen tests: hand-built IR programs compiled to executables with the real
// runtime (libgoccrt.a), run, and judged by gc's output (stderr for print/println and panics)
// and exit code. Each runs at -O0 and -O2.
#include <gtest/gtest.h>

#include "ir/ir_builder.h"
#include "ir/ssa.h"
#include "ir/verify.h"
#include "tests/codegen/run_helper.h"
#include "tests/ir/test_types.h"

namespace gocc::ir {
namespace {

using testing::CompileAndRun;
using testing::RunResult;
using testing::TypeKit;

class RunTest : public ::testing::TestWithParam<int> {
 protected:
  RunTest() : prog_(kit_.NewProgram()) {}
  // func main() with an entry block; the builder is positioned there.
  auto Main() -> Builder {
    main_ = prog_->NewFunction("main.main", kit_.Sig({}, {}));
    Builder b(main_);
    b.SetBlock(main_->NewBlock("entry"));
    return b;
  }
  auto Run() -> RunResult {
    std::string verify;
    for (const auto& m : Verify(*prog_)) verify += m + "\n";
    EXPECT_EQ(verify, "");
    RunResult r = CompileAndRun(*prog_, GetParam());
    EXPECT_EQ(r.error, "");
    return r;
  }
  auto Str(Builder& b, std::string_view s) -> Value* { return b.ConstString(kit_.String(), s); }
  auto Int(Builder& b, int64_t v) -> Value* { return b.ConstInt(kit_.Int(), v); }
  void Println(Builder& b, std::vector<Value*> args) { b.Print(args, true); }

  TypeKit kit_;
  std::unique_ptr<Program> prog_;
  Function* main_ = nullptr;
};

TEST_P(RunTest, PrintlnFormatsLikeGc) {
  Builder b = Main();
  Println(b, {Int(b, 42), Str(b, "hello"), b.ConstBool(true), b.ConstFloat(kit_.Float64(), 1.5),
              b.ConstInt(kit_.Basic(types::BasicKind::Int8), -3), b.ConstInt(kit_.Basic(types::BasicKind::Uint), 7)});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "42 hello true +1.500000e+000 -3 7\n");
  EXPECT_EQ(r.exit_code, 0);
}

// A C hook the runtime lacks (a body-less stdlib function gocc does not implement yet) is a
// clear fatal error when called, not a jump to address 0.
TEST_P(RunTest, MissingCHookIsAFatalError) {
  Function* stub = prog_->NewFunction("main.missing", kit_.Sig({}, {kit_.Int()}));
  {
    Builder sb(stub);
    sb.SetBlock(stub->NewBlock("entry"));
    Value* r = sb.CallRuntime("gocc_test_no_such_hook", kit_.Int(), std::span<Value* const>());
    Value* results[] = {r};
    sb.Return(results);
  }
  Builder b = Main();
  Println(b, {Str(b, "before")});
  Println(b, {b.Call(stub, std::span<Value* const>())});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err.substr(0, r.err.find("\n\n")),
            "before\nfatal error: gocc: main.missing is not implemented yet (C hook gocc_test_no_such_hook)");
  EXPECT_EQ(r.exit_code, 2);
}

TEST_P(RunTest, IndexOutOfRangePanics) {
  GlobalVar* idx = prog_->NewGlobal("main.idx", kit_.Int());
  Builder b = Main();
  b.Store(idx->addr, Int(b, 5));
  Value* s = b.MakeSlice(kit_.Slice(kit_.Int()), Int(b, 3), Int(b, 3), "make([]int, 3)");
  Println(b, {b.Load(b.IndexAddr(s, b.Load(idx->addr)))});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "panic: runtime error: index out of range [5] with length 3");
  EXPECT_EQ(r.exit_code, 2);
}

TEST_P(RunTest, DivideByZeroPanics) {
  GlobalVar* d = prog_->NewGlobal("main.d", kit_.Int());
  Builder b = Main();
  Println(b, {b.BinOp(BinaryOp::Div, Int(b, 10), b.Load(d->addr))});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err.substr(0, r.err.find('\n')), "panic: runtime error: integer divide by zero");
  EXPECT_EQ(r.exit_code, 2);
}

TEST_P(RunTest, Maps) {
  Builder b = Main();
  const auto* mt = kit_.Map(kit_.String(), kit_.Int());
  Value* m = b.MakeMap(mt, nullptr, "make(map[string]int)");
  b.MapUpdate(m, Str(b, "a"), Int(b, 1));
  b.MapUpdate(m, Str(b, "b"), Int(b, 2));
  Println(b, {b.Len(m), b.MapLookup(m, Str(b, "a"), false), b.MapLookup(m, Str(b, "b"), false),
              b.MapLookup(m, Str(b, "z"), false)});
  Value* vok = b.MapLookup(m, Str(b, "b"), true);
  Println(b, {b.Extract(vok, 0), b.Extract(vok, 1)});
  b.MapDelete(m, Str(b, "a"));
  Println(b, {b.Len(m)});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "2 1 2 0\n2 true\n1\n");
  EXPECT_EQ(r.exit_code, 0);
}

// var s []int; for i := 0; i < 10; i++ { s = append(s, i*i) }; println(len(s), s[9])
TEST_P(RunTest, AppendGrows) {
  Builder b = Main();
  SsaBuilder ssa(main_);
  const auto* st = kit_.Slice(kit_.Int());
  auto s = ssa.NewVariable(st);
  auto i = ssa.NewVariable(kit_.Int());
  Block* entry = b.block();
  Block* loop = main_->NewBlock("for.loop");
  Block* body = main_->NewBlock("for.body");
  Block* done = main_->NewBlock("for.done");
  ssa.SealBlock(entry);
  ssa.WriteVariable(i, entry, Int(b, 0));
  b.Jump(loop);
  b.SetBlock(loop);
  b.If(b.BinOp(BinaryOp::Lt, ssa.ReadVariable(i, loop), Int(b, 10)), body, done);
  ssa.SealBlock(body);
  b.SetBlock(body);
  Value* iv = ssa.ReadVariable(i, body);
  Value* sq = b.BinOp(BinaryOp::Mul, iv, iv);
  ssa.WriteVariable(s, body, b.Append(ssa.ReadVariable(s, body), {&sq, 1}));
  ssa.WriteVariable(i, body, b.BinOp(BinaryOp::Add, iv, Int(b, 1)));
  b.Jump(loop);
  ssa.SealBlock(loop);
  ssa.SealBlock(done);
  b.SetBlock(done);
  Value* final = ssa.ReadVariable(s, done);
  Println(b, {b.Len(final), b.Load(b.IndexAddr(final, Int(b, 9)))});
  b.Return({});
  ssa.Finish();
  RunResult r = Run();
  EXPECT_EQ(r.err, "10 81\n");
}

// type T int; func (T) String() string { return "T!" }
// var e interface{} = 7; v, ok := e.(int); s, ok2 := e.(string); var x Stringer = T(3); x.String()
TEST_P(RunTest, InterfacesAssertAndInvoke) {
  const auto* named = kit_.Named("T", kit_.Int());
  const auto* string_sig = kit_.Sig({}, {kit_.String()});
  Function* method = prog_->NewFunction("main.T.String", string_sig);
  method->is_method = true;
  method->AddParam("t", named);
  {
    Builder mb(method);
    mb.SetBlock(method->NewBlock("entry"));
    Value* s = mb.ConstString(kit_.String(), "T!");
    mb.Return({&s, 1});
  }
  prog_->AddMethod(named, "String", method, false);
  auto* stringer = kit_.New<types::Interface>();
  types::Method m{"String", string_sig, {}};
  stringer->methods = {&m, 1};
  const auto* stringer_named = kit_.Named("Stringer", stringer);

  Builder b = Main();
  Value* e = b.MakeInterface(kit_.Interface(), Int(b, 7));
  Value* a1 = b.TypeAssert(e, kit_.Int(), true);
  Println(b, {b.Extract(a1, 0), b.Extract(a1, 1)});
  Value* a2 = b.TypeAssert(e, kit_.String(), true);
  Println(b, {b.Extract(a2, 0), b.Extract(a2, 1)});
  Value* x = b.MakeInterface(stringer_named, b.ConstInt(named, 3));
  Println(b, {b.Invoke(x, "String", string_sig, {})});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "7 true\n false\nT!\n");
  EXPECT_EQ(r.exit_code, 0);
}

// func g() { defer func() { println("recovered:", recover().(string)) }(); panic("boom") }
// func main() { g(); println("after") }
TEST_P(RunTest, DeferRecover) {
  Function* lit = prog_->NewFunction("main.g.func1", kit_.Sig({}, {}));
  {
    Builder lb(lit);
    lb.SetBlock(lit->NewBlock("entry"));
    Value* rec = lb.Recover();
    lb.Print(std::vector<Value*>{lb.ConstString(kit_.String(), "recovered:"), lb.TypeAssert(rec, kit_.String(), false)}, true);
    lb.Return({});
  }
  Function* g = prog_->NewFunction("main.g", kit_.Sig({}, {}));
  {
    Builder gb(g);
    gb.SetBlock(g->NewBlock("entry"));
    gb.DeferValue(gb.MakeClosure(lit, {}), {});
    gb.Panic(gb.MakeInterface(kit_.Interface(), gb.ConstString(kit_.String(), "boom")));
    g->recover_block = g->NewBlock("recover");
    gb.SetBlock(g->recover_block);
    gb.Return({});
  }
  Builder b = Main();
  b.Call(g, {});
  Println(b, {Str(b, "after")});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "recovered: boom\nafter\n");
  EXPECT_EQ(r.exit_code, 0);
}

// for i, r := range "héllo" { println(i, r) }
TEST_P(RunTest, RangeOverString) {
  Builder b = Main();
  Value* it = b.Range(Str(b, "h\xc3\xa9llo"));
  Block* loop = main_->NewBlock("range.loop");
  Block* body = main_->NewBlock("range.body");
  Block* done = main_->NewBlock("range.done");
  b.Jump(loop);
  b.SetBlock(loop);
  Value* next = b.Next(it, kit_.Int(), kit_.Basic(types::BasicKind::Int32), true);
  b.If(b.Extract(next, 0), body, done);
  b.SetBlock(body);
  Println(b, {b.Extract(next, 1), b.Extract(next, 2)});
  b.Jump(loop);
  b.SetBlock(done);
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "0 104\n1 233\n3 108\n4 108\n5 111\n");
}

// x := 0; inc := func() { x++ }; inc(); inc(); inc(); println(x)
TEST_P(RunTest, ClosureCapturesByReference) {
  Function* lit = prog_->NewFunction("main.main.func1", kit_.Sig({}, {}));
  Value* fx = lit->AddFreeVar("x", prog_->PointerTo(kit_.Int()));
  {
    Builder lb(lit);
    lb.SetBlock(lit->NewBlock("entry"));
    lb.Store(fx, lb.BinOp(BinaryOp::Add, lb.Load(fx), lb.ConstInt(kit_.Int(), 1)));
    lb.Return({});
  }
  Builder b = Main();
  Value* x = b.Alloc(kit_.Int(), "moved to heap: x");
  Value* inc = b.MakeClosure(lit, {&x, 1});
  for (int k = 0; k < 3; ++k) b.CallValue(inc, {});
  Println(b, {b.Load(x)});
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "3\n");
}

// func hello(n int) { println("deferred", n) }; func twice(f func(int)) { f(1); f(2) }
// func main() { defer hello(3); twice(hello); println("end") }
TEST_P(RunTest, FunctionValuesAndDeferWithArguments) {
  const auto* fsig = kit_.Sig({kit_.Int()}, {});
  Function* hello = prog_->NewFunction("main.hello", fsig);
  {
    Value* n = hello->AddParam("n", kit_.Int());
    Builder hb(hello);
    hb.SetBlock(hello->NewBlock("entry"));
    hb.Print(std::vector<Value*>{hb.ConstString(kit_.String(), "deferred"), n}, true);
    hb.Return({});
  }
  Function* twice = prog_->NewFunction("main.twice", kit_.Sig({fsig}, {}));
  {
    Value* f = twice->AddParam("f", fsig);
    Builder tb(twice);
    tb.SetBlock(twice->NewBlock("entry"));
    for (int k = 1; k <= 2; ++k) {
      Value* arg = tb.ConstInt(kit_.Int(), k);
      tb.CallValue(f, {&arg, 1});
    }
    tb.Return({});
  }
  Builder b = Main();
  Value* three = Int(b, 3);
  b.Defer(hello, {&three, 1});
  Value* fv = hello->value();
  b.Call(twice, {&fv, 1});
  Println(b, {Str(b, "end")});
  b.RunDefers();
  b.Return({});
  RunResult r = Run();
  EXPECT_EQ(r.err, "deferred 1\ndeferred 2\nend\ndeferred 3\n");
  EXPECT_EQ(r.exit_code, 0);
}

INSTANTIATE_TEST_SUITE_P(OptLevels, RunTest, ::testing::Values(0, 2),
                         [](const ::testing::TestParamInfo<int>& info) { return "O" + std::to_string(info.param); });

}  // namespace
}  // namespace gocc::ir
