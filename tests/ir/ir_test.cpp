// IR tests: the builder API, Braun SSA construction of loops (phis placed, trivial phis
// removed), the printer's golden text, the verifier catching broken IR, and the pass table.
#include <gtest/gtest.h>

#include <sstream>

#include "ir/dom.h"
#include "ir/ir_builder.h"
#include "ir/passes.h"
#include "ir/print.h"
#include "ir/ssa.h"
#include "ir/verify.h"
#include "tests/ir/test_types.h"

namespace gocc::ir {
namespace {

using testing::TypeKit;

auto Text(const Function& fn) -> std::string {
  std::ostringstream out;
  Print(fn, out);
  return out.str();
}

auto Joined(const std::vector<std::string>& v) -> std::string {
  std::string s;
  for (const auto& m : v) s += m + "\n";
  return s;
}

// func fact(n int) int { r := 1; for i := 2; i <= n; i++ { r *= i }; return r }
auto BuildFact(TypeKit& kit, Program& prog) -> Function* {
  const auto* sig = kit.Sig({kit.Int()}, {kit.Int()});
  Function* fn = prog.NewFunction("main.fact", sig);
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
  Value* cond = b.BinOp(BinaryOp::Le, ssa.ReadVariable(i, loop), n);
  b.If(cond, body, done);
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
  return fn;
}

TEST(IrTest, ValueIsSmall) { EXPECT_EQ(sizeof(Value), 48u); }

TEST(IrTest, OpTable) {
  EXPECT_EQ(OpName(Op::Phi), "phi");
  EXPECT_TRUE(OpShape(Op::Return) & kShapeTerminator);
  EXPECT_TRUE(OpShape(Op::ConstInt) & kShapeNoBlock);
  EXPECT_TRUE(OpShape(Op::Alloc) & kShapeAllocates);
  EXPECT_GT(kNumOps, 50);
}

TEST(IrTest, FactorialLoopGetsPhis) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = BuildFact(kit, *prog);
  EXPECT_EQ(Joined(Verify(*fn)), "");
  EXPECT_EQ(Text(*fn),
            "func main.fact(n int) int\n"
            "b0: entry\n"
            "\tjump b1\n"
            "b1: for.loop  ; preds b0 b2\n"
            "\tt4 = phi [b0: 2:int, b2: t10] [int]\n"
            "\tt7 = phi [b0: 1:int, b2: t8] [int]\n"
            "\tt5 = t4 <= n [bool]\n"
            "\tif t5 goto b2 else b3\n"
            "b2: for.body  ; preds b1\n"
            "\tt8 = t7 * t4 [int]\n"
            "\tt10 = t4 + 1:int [int]\n"
            "\tjump b1\n"
            "b3: for.done  ; preds b1\n"
            "\treturn t7\n");
}

TEST(IrTest, UnchangedVariableNeedsNoPhi) {
  // x := 7; for cond { }; return x — the loop header's phi for x is trivial and goes.
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.f", kit.Sig({kit.Bool()}, {kit.Int()}));
  Value* c = fn->AddParam("c", kit.Bool());
  Builder b(fn);
  SsaBuilder ssa(fn);
  auto x = ssa.NewVariable(kit.Int());
  Block* entry = fn->NewBlock("entry");
  Block* loop = fn->NewBlock("for.loop");
  Block* body = fn->NewBlock("for.body");
  Block* done = fn->NewBlock("for.done");
  ssa.SealBlock(entry);
  b.SetBlock(entry);
  Value* seven = b.ConstInt(kit.Int(), 7);
  ssa.WriteVariable(x, entry, seven);
  b.Jump(loop);
  b.SetBlock(loop);
  b.If(c, body, done);
  ssa.SealBlock(body);
  ssa.SealBlock(done);
  b.SetBlock(body);
  Value* use = ssa.ReadVariable(x, body);  // placed a phi in the unsealed header
  b.Print({&use, 1}, true);
  b.Jump(loop);
  ssa.SealBlock(loop);
  b.SetBlock(done);
  Value* r = ssa.ReadVariable(x, done);
  b.Return({&r, 1});
  EXPECT_GE(ssa.Finish(), 1);
  EXPECT_EQ(r, seven);
  for (const auto& blk : fn->blocks()) {
    for (const Value* v : blk->instrs) EXPECT_NE(v->op, Op::Phi) << InstrText(v);
  }
  EXPECT_EQ(fn->block(2)->instrs[0]->Operand(0), seven);
  EXPECT_EQ(Joined(Verify(*fn)), "");
}

TEST(IrTest, ReadBeforeWriteIsZero) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.g", kit.Sig({}, {kit.String()}));
  Builder b(fn);
  SsaBuilder ssa(fn);
  auto s = ssa.NewVariable(kit.String());
  Block* entry = fn->NewBlock("entry");
  ssa.SealBlock(entry);
  b.SetBlock(entry);
  Value* v = ssa.ReadVariable(s, entry);
  EXPECT_EQ(v->op, Op::ConstZero);
  b.Return({&v, 1});
  EXPECT_EQ(Text(*fn), "func main.g() string\nb0: entry\n\treturn zero:string\n");
}

TEST(IrTest, DiamondMergesWithPhi) {
  // if c { x = 1 } else { x = 2 }; return x
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.d", kit.Sig({kit.Bool()}, {kit.Int()}));
  Value* c = fn->AddParam("c", kit.Bool());
  Builder b(fn);
  SsaBuilder ssa(fn);
  auto x = ssa.NewVariable(kit.Int());
  Block* entry = fn->NewBlock("entry");
  Block* then_b = fn->NewBlock("if.then");
  Block* else_b = fn->NewBlock("if.else");
  Block* done = fn->NewBlock("if.done");
  for (Block* blk : {entry, then_b, else_b}) ssa.SealBlock(blk);
  b.SetBlock(entry);
  b.If(c, then_b, else_b);
  b.SetBlock(then_b);
  ssa.WriteVariable(x, then_b, b.ConstInt(kit.Int(), 1));
  b.Jump(done);
  b.SetBlock(else_b);
  ssa.WriteVariable(x, else_b, b.ConstInt(kit.Int(), 2));
  b.Jump(done);
  ssa.SealBlock(done);
  b.SetBlock(done);
  Value* r = ssa.ReadVariable(x, done);
  b.Return({&r, 1});
  ssa.Finish();
  ASSERT_EQ(r->op, Op::Phi);
  EXPECT_EQ(InstrText(r), "phi [b1: 1:int, b2: 2:int]");
  EXPECT_EQ(Joined(Verify(*fn)), "");
  DomTree dom(*fn);
  EXPECT_EQ(dom.Idom(done), entry);
  EXPECT_TRUE(dom.Dominates(entry, then_b));
  EXPECT_FALSE(dom.Dominates(then_b, done));
}

TEST(IrTest, PrinterShowsMemoryAndCalls) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  const auto* point = kit.Named("Point", kit.Struct({{"x", kit.Int()}, {"y", kit.Int()}}));
  Function* callee = prog->NewFunction("main.show", kit.Sig({kit.Interface()}, {}));
  Function* fn = prog->NewFunction("main.h", kit.Sig({kit.Slice(kit.Int())}, {kit.Int()}));
  Value* s = fn->AddParam("s", kit.Slice(kit.Int()));
  Builder b(fn);
  b.SetBlock(fn->NewBlock("entry"));
  Value* p = b.Alloc(point, "&Point{...}");
  Value* fy = b.FieldAddr(p, 1);
  b.Store(fy, b.ConstInt(kit.Int(), 5));
  Value* e = b.IndexAddr(s, b.ConstInt(kit.Int(), 0));
  Value* ev = b.Load(e);
  Value* iface = b.MakeInterface(kit.Interface(), ev);
  b.Call(callee, {&iface, 1});
  Value* str = b.ConstString(kit.String(), "hi\n");
  Value* args[] = {str, ev};
  b.Print(args, true);
  Value* y = b.Load(fy);
  b.Return({&y, 1});
  EXPECT_EQ(Joined(Verify(*fn)), "");
  EXPECT_EQ(Text(*fn),
            "func main.h(s []int) int\n"
            "b0: entry\n"
            "\tt1 = new main.Point (&Point{...}) [*main.Point]\n"
            "\tt2 = &t1.y [#1] [*int]\n"
            "\t*t2 = 5:int\n"
            "\tt6 = &s[0:int] [*int]\n"
            "\tt7 = *t6 [int]\n"
            "\tt8 = make interface{} <- int (t7) [interface{}]\n"
            "\tmain.show(t8)\n"
            "\tprintln(\"hi\\n\":string, t7)\n"
            "\tt12 = *t2 [int]\n"
            "\treturn t12\n");
}

TEST(VerifierTest, CatchesUseBeforeDef) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.bad", kit.Sig({kit.Bool()}, {kit.Int()}));
  Value* c = fn->AddParam("c", kit.Bool());
  Builder b(fn);
  Block* entry = fn->NewBlock("entry");
  Block* left = fn->NewBlock("left");
  Block* right = fn->NewBlock("right");
  b.SetBlock(entry);
  b.If(c, left, right);
  b.SetBlock(left);
  Value* v = b.BinOp(BinaryOp::Add, b.ConstInt(kit.Int(), 1), b.ConstInt(kit.Int(), 2));
  b.Return({&v, 1});
  b.SetBlock(right);
  b.Return({&v, 1});  // v is defined in a sibling block
  auto errs = Verify(*fn);
  ASSERT_EQ(errs.size(), 1u) << Joined(errs);
  EXPECT_NE(errs[0].find("does not dominate its use"), std::string::npos) << errs[0];
}

TEST(VerifierTest, CatchesStructuralErrors) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.broken", kit.Sig({}, {kit.Int()}));
  Builder b(fn);
  Block* entry = fn->NewBlock("entry");
  Block* next = fn->NewBlock("next");
  b.SetBlock(entry);
  b.Jump(next);
  b.SetBlock(next);
  Value* phi = b.Phi(kit.Int());
  Value* ops[] = {b.ConstInt(kit.Int(), 1), b.ConstInt(kit.Int(), 2)};
  b.SetPhiOperands(phi, ops);  // two operands, one predecessor
  Value* p = b.Alloc(kit.String(), "new(string)");
  b.Store(p, phi);  // an int stored into a *string
  // No terminator in "next".
  auto errs = Joined(Verify(*fn));
  EXPECT_NE(errs.find("phi has 2 operands for 1 predecessors"), std::string::npos) << errs;
  EXPECT_NE(errs.find("stored value: have int, want string"), std::string::npos) << errs;
  EXPECT_NE(errs.find("does not end in a terminator"), std::string::npos) << errs;
}

TEST(VerifierTest, CatchesBadReturnAndCondition) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.r", kit.Sig({kit.Int()}, {kit.String()}));
  Value* x = fn->AddParam("x", kit.Int());
  Builder b(fn);
  Block* entry = fn->NewBlock("entry");
  Block* a = fn->NewBlock("a");
  b.SetBlock(entry);
  b.If(x, a, a);
  b.SetBlock(a);
  b.Return({&x, 1});
  auto errs = Joined(Verify(*fn));
  EXPECT_NE(errs.find("if condition is not a bool"), std::string::npos) << errs;
  EXPECT_NE(errs.find("return value: have int, want string"), std::string::npos) << errs;
}

TEST(PassTest, UnreachableAndDeadCodeGo) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.p", kit.Sig({kit.Int()}, {kit.Int()}));
  Value* x = fn->AddParam("x", kit.Int());
  Builder b(fn);
  Block* entry = fn->NewBlock("entry");
  Block* dead = fn->NewBlock("dead");
  Block* exit = fn->NewBlock("exit");
  b.SetBlock(entry);
  Value* unused = b.BinOp(BinaryOp::Mul, x, x);
  b.BinOp(BinaryOp::Add, unused, x);  // unused chain
  b.Jump(exit);
  b.SetBlock(dead);
  Value* d = b.ConstInt(kit.Int(), 9);
  b.Jump(exit);
  b.SetBlock(exit);
  Value* phi = b.Phi(kit.Int());
  Value* ops[] = {x, d};
  b.SetPhiOperands(phi, ops);
  b.Return({&phi, 1});
  std::vector<std::string> errors;
  auto pipeline = DefaultPipeline();
  ASSERT_TRUE(RunPasses(*prog, pipeline, {.verify = true}, &errors)) << Joined(errors);
  EXPECT_EQ(Text(*fn),
            "func main.p(x int) int\n"
            "b0: entry\n"
            "\tjump b1\n"
            "b1: exit  ; preds b0\n"
            "\tt6 = phi [b0: x] [int]\n"
            "\treturn t6\n");
  std::vector<std::string_view> bogus{"no-such-pass"};
  EXPECT_FALSE(RunPasses(*prog, bogus, {}, &errors));
}

TEST(PassTest, VerifierStopsPipeline) {
  TypeKit kit;
  auto prog = kit.NewProgram();
  Function* fn = prog->NewFunction("main.q", kit.Sig({}, {}));
  Builder b(fn);
  b.SetBlock(fn->NewBlock("entry"));
  b.ConstInt(kit.Int(), 1);
  std::vector<std::string> errors;
  auto pipeline = DefaultPipeline();
  EXPECT_FALSE(RunPasses(*prog, pipeline, {.verify = true}, &errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_EQ(errors[0], "before passes: main.q: b0: block does not end in a terminator");
}

}  // namespace
}  // namespace gocc::ir
