// defer/panic/recover, simulating the code gocc generates (see the protocol in goccrt.h):
//
//   gocc_frame fr; gocc_frame_push(&fr);
//   if (_setjmp(fr.jb)) { gocc_frame_landing(&fr); return <result slots>; }
//   ... gocc_defer(&fr, closure) ... gocc_frame_return(&fr); return <result slots>;
//
// Deferred functions are closures whose first word is the code pointer; functions that call
// recover() pass their own frame address. The scenarios follow Go's test/recover*.go, and the
// expected texts of unrecovered panics were printed by Go 1.19 (go run).
#include <gtest/gtest.h>

#include <string>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

using rt::Str;
using rt::ToStd;

std::string g_log;

void* BoxString(const char* s) { return gocc_convTstring(Str(s).ptr, (int64_t)strlen(s)); }
void* BoxInt(int64_t v) { return gocc_convT64((uint64_t)v); }
std::string AsString(gocc_iface v) {
  if (v.tab == nullptr) return "<nil>";
  if (v.tab == &gocc_type_string) return ToStd(*static_cast<gocc_string*>(v.data));
  if (v.tab == &gocc_type_int) return std::to_string(*static_cast<int64_t*>(v.data));
  void* fn = gocc_find_string_method(static_cast<const gocc_type*>(v.tab), "Error");
  if (fn) return ToStd(reinterpret_cast<gocc_string (*)(void*)>(fn)(v.data));
  return "<?>";
}

// defer func() { log += c }()
struct LogClosure {
  void (*fn)(void*);
  char c;
};
void LogFn(void* self) { g_log += static_cast<LogClosure*>(self)->c; }

// defer func() { log += "r(" + recover() + ")" }()
struct RecoverClosure {
  void (*fn)(void*);
};
__attribute__((noinline)) void RecoverFn(void*) {
  gocc_iface r = gocc_recover(__builtin_frame_address(0));
  g_log += "r(" + AsString(r) + ")";
}
RecoverClosure kRecover = {RecoverFn};

// defer func() { helper() }() where helper calls recover(): too deep, must not recover.
__attribute__((noinline)) void HelperRecover() {
  gocc_iface r = gocc_recover(__builtin_frame_address(0));
  g_log += "h(" + AsString(r) + ")";
}
__attribute__((noinline)) void IndirectFn(void*) {
  HelperRecover();
  g_log += ".";
}
RecoverClosure kIndirect = {IndirectFn};

__attribute__((noinline)) void PanicString(const char* s) { gocc_panic(&gocc_type_string, BoxString(s)); }

// func f() { defer log('a'); defer log('b'); log('x') }
__attribute__((noinline)) void NormalReturn() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  LogClosure a = {LogFn, 'a'}, b = {LogFn, 'b'};
  gocc_defer(&fr, &a);
  gocc_defer(&fr, &b);
  g_log += 'x';
  gocc_frame_return(&fr);
}

TEST(Defer, NormalReturnRunsDefersNewestFirst) {
  g_log.clear();
  NormalReturn();
  EXPECT_EQ(g_log, "xba");
  EXPECT_EQ(gocc_curg->frames, nullptr);
}

// func f() (r int) { defer func() { recover(); r = 42 }(); r = 1; panic("boom") }
struct SetResult {
  void (*fn)(void*);
  volatile int64_t* result;
};
__attribute__((noinline)) void SetResultFn(void* self) {
  gocc_iface v = gocc_recover(__builtin_frame_address(0));
  g_log += "r(" + AsString(v) + ")";
  *static_cast<SetResult*>(self)->result = 42;
}
__attribute__((noinline)) int64_t NamedResult() {
  volatile int64_t result = 0;
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return result;
  }
  SetResult c = {SetResultFn, &result};
  gocc_defer(&fr, &c);
  result = 1;
  PanicString("boom");
  gocc_frame_return(&fr);
  return result;
}

TEST(Defer, RecoverReturnsNormallyWithNamedResults) {
  g_log.clear();
  EXPECT_EQ(NamedResult(), 42);
  EXPECT_EQ(g_log, "r(boom)");
  EXPECT_EQ(gocc_curg->panic, nullptr);
  EXPECT_EQ(gocc_curg->frames, nullptr);
}

// func inner() { defer log('1'); defer log('2'); panic("p") }
__attribute__((noinline)) void Inner() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  LogClosure one = {LogFn, '1'}, two = {LogFn, '2'};
  gocc_defer(&fr, &one);
  gocc_defer(&fr, &two);
  PanicString("p");
  gocc_frame_return(&fr);
}

// func outer(deferred) { defer log('o'); defer deferred(); inner(); log('!') }
__attribute__((noinline)) void Outer(void* deferred) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  LogClosure o = {LogFn, 'o'};
  gocc_defer(&fr, &o);
  gocc_defer(&fr, deferred);
  Inner();
  g_log += '!';
  gocc_frame_return(&fr);
}

TEST(Defer, PanicUnwindsInnerFramesThenRecovers) {
  g_log.clear();
  Outer(&kRecover);
  EXPECT_EQ(g_log, "21r(p)o");
}

TEST(Defer, RecoverOnlyWorksDirectlyInTheDeferredCall) {
  g_log.clear();
  // outer's deferred call is IndirectFn (helper recovers: nil); the panic then reaches Protected.
  gocc_iface v;
  bool panicked = rt::Catch([] { Outer(&kIndirect); }, &v);
  EXPECT_TRUE(panicked);
  EXPECT_EQ(AsString(v), "p");
  EXPECT_EQ(g_log, "21h(<nil>).o");
  // Not panicking: recover returns nil.
  g_log.clear();
  RecoverFn(nullptr);
  EXPECT_EQ(g_log, "r(<nil>)");
}

// `defer recover()`: a wrapper closure capturing the deferring function's frame address.
struct DeferRecover {
  void (*fn)(void*);
  void* fp;
};
__attribute__((noinline)) void DeferRecoverFn(void* self) {
  gocc_iface r = gocc_recover(static_cast<DeferRecover*>(self)->fp);
  g_log += "dr(" + AsString(r) + ")";
}

// recover.go: func test5() { defer mustRecover(2); defer recover(); panic(2) }
__attribute__((noinline)) void DeferRecoverTooEarly() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, &kRecover);
  DeferRecover dr = {DeferRecoverFn, __builtin_frame_address(0)};
  gocc_defer(&fr, &dr);
  gocc_panic(&gocc_type_int, BoxInt(2));
  gocc_frame_return(&fr);
}

TEST(Defer, DeferRecoverDirectlyIsANoOp) {
  g_log.clear();
  DeferRecoverTooEarly();
  EXPECT_EQ(g_log, "dr(<nil>)r(2)");
}

// recover.go: defer mustNotRecover(); defer func() { defer recover() }(); panic(4)
__attribute__((noinline)) void SquelchClosureFn(void*) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  DeferRecover dr = {DeferRecoverFn, __builtin_frame_address(0)};
  gocc_defer(&fr, &dr);
  gocc_frame_return(&fr);
}
RecoverClosure kSquelch = {SquelchClosureFn};

__attribute__((noinline)) void DeferRecoverSquelches() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, &kRecover);  // must not recover: already squelched
  gocc_defer(&fr, &kSquelch);
  gocc_panic(&gocc_type_int, BoxInt(4));
  gocc_frame_return(&fr);
}

TEST(Defer, DeferRecoverInsideADeferredFunctionSquelches) {
  g_log.clear();
  DeferRecoverSquelches();
  EXPECT_EQ(g_log, "dr(4)r(<nil>)");
}

// recover1.go test6: defer mustNotRecover(); defer func() { defer recover(); defer
// mustRecover(3); panic(3) }(); panic(2)
__attribute__((noinline)) void Test6ClosureFn(void*) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  DeferRecover dr = {DeferRecoverFn, __builtin_frame_address(0)};
  gocc_defer(&fr, &dr);
  gocc_defer(&fr, &kRecover);
  gocc_panic(&gocc_type_int, BoxInt(3));
  gocc_frame_return(&fr);
}
RecoverClosure kTest6 = {Test6ClosureFn};

// recover1.go test7: the same with the two inner defers swapped.
__attribute__((noinline)) void Test7ClosureFn(void*) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, &kRecover);
  DeferRecover dr = {DeferRecoverFn, __builtin_frame_address(0)};
  gocc_defer(&fr, &dr);
  gocc_panic(&gocc_type_int, BoxInt(3));
  gocc_frame_return(&fr);
}
RecoverClosure kTest7 = {Test7ClosureFn};

__attribute__((noinline)) void NestedPanicScenario(void* closure) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, &kRecover);
  gocc_defer(&fr, closure);
  gocc_panic(&gocc_type_int, BoxInt(2));
  gocc_frame_return(&fr);
}

TEST(Defer, Recover1Test6And7) {
  g_log.clear();
  NestedPanicScenario(&kTest6);
  // mustRecover(3) sees 3; then `defer recover()`, run like a call from the closure, recovers 2;
  // the outer mustNotRecover sees nothing.
  EXPECT_EQ(g_log, "r(3)dr(2)r(<nil>)");
  g_log.clear();
  NestedPanicScenario(&kTest7);
  // `defer recover()` runs directly from the panic of 3: no-op; mustRecover(3) recovers 3;
  // the panic of 2 is still active and reaches the outer recover.
  EXPECT_EQ(g_log, "dr(<nil>)r(3)r(2)");
  EXPECT_EQ(gocc_curg->panic, nullptr);
}

// A deferred call panics while panicking; a later deferred call recovers the new panic, which
// also drops the aborted older one.
struct PanicClosure {
  void (*fn)(void*);
  const char* msg;
};
void PanicFn(void* self) { PanicString(static_cast<PanicClosure*>(self)->msg); }

__attribute__((noinline)) void PanicInDefer() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  LogClosure a = {LogFn, 'a'};
  PanicClosure second = {PanicFn, "second"};
  gocc_defer(&fr, &kRecover);
  gocc_defer(&fr, &a);
  gocc_defer(&fr, &second);
  PanicString("first");
  gocc_frame_return(&fr);
}

TEST(Defer, PanicDuringDeferredCallIsRecoveredWithTheOlderOne) {
  g_log.clear();
  PanicInDefer();
  EXPECT_EQ(g_log, "ar(second)");
  EXPECT_EQ(gocc_curg->panic, nullptr);
  EXPECT_EQ(gocc_curg->frames, nullptr);
}

// `defer f(x)` compiles to a wrapper closure; the wrapper hands recover rights to f.
__attribute__((noinline)) void WrappedTarget(int64_t x) {
  gocc_iface r = gocc_recover(__builtin_frame_address(0));
  g_log += "w" + std::to_string(x) + "(" + AsString(r) + ")";
}
struct WrapperClosure {
  void (*fn)(void*);
  int64_t x;
  bool forward;
};
__attribute__((noinline)) void WrapperFn(void* self) {
  auto* c = static_cast<WrapperClosure*>(self);
  if (c->forward) gocc_defer_wrapper(__builtin_frame_address(0));
  WrappedTarget(c->x);
  g_log += ";";
}

TEST(Defer, WrapperForwardsRecover) {
  g_log.clear();
  WrapperClosure w = {WrapperFn, 7, true};
  EXPECT_FALSE(rt::Catch([&] { Outer(&w); }, nullptr));
  EXPECT_EQ(g_log, "21w7(p);o");
  g_log.clear();
  WrapperClosure plain = {WrapperFn, 8, false};
  gocc_iface v;
  EXPECT_TRUE(rt::Catch([&] { Outer(&plain); }, &v));
  EXPECT_EQ(g_log, "21w8(<nil>);o");
}

__attribute__((noinline)) void DeferNil() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, &kRecover);
  gocc_defer(&fr, nullptr);  // defer f where f == nil: panics when it would run
  g_log += "body;";
  gocc_frame_return(&fr);
}

TEST(Defer, DeferredNilFuncPanicsWhenRun) {
  g_log.clear();
  DeferNil();
  EXPECT_EQ(g_log, "body;r(runtime error: invalid memory address or nil pointer dereference)");
}

int* volatile g_null = nullptr;
int volatile g_zero = 0;

// Deliberate faults: the hardware traps, not the sanitizers.
__attribute__((noinline, no_sanitize("undefined"))) int LoadNull() { return *g_null; }
__attribute__((noinline, no_sanitize("undefined"))) void StoreNull() { *g_null = 1; }
__attribute__((noinline, no_sanitize("undefined"))) int DivideByZero() { return 10 / g_zero; }

TEST(Signals, NilDereferenceIsARecoverableRuntimeError) {
  gocc_iface v;
  ASSERT_TRUE(rt::Catch([] { g_log += std::to_string(LoadNull()); }, &v));
  EXPECT_EQ(AsString(v), "runtime error: invalid memory address or nil pointer dereference");
  // Twice: the handler must still be armed after a longjmp out of it.
  ASSERT_TRUE(rt::Catch([] { StoreNull(); }, &v));
  EXPECT_EQ(AsString(v), "runtime error: invalid memory address or nil pointer dereference");
  EXPECT_EQ(gocc_curg->sig, SIGSEGV);
}

TEST(Signals, IntegerDivideByZeroTrap) {
#if defined(__x86_64__)
  gocc_iface v;
  ASSERT_TRUE(rt::Catch([] { g_log += std::to_string(DivideByZero()); }, &v));
  EXPECT_EQ(AsString(v), "runtime error: integer divide by zero");
#endif
}

TEST(RuntimeError, BoundsTexts) {
  // Texts from runtime/error.go's tables, as gc prints them.
  EXPECT_EQ(rt::PanicText([] { gocc_panic_index(5, 3); }), "runtime error: index out of range [5] with length 3");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_index(-1, 3); }), "runtime error: index out of range [-1]");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(-1, 3, GOCC_BOUNDS_INDEX, 0); }),
            "runtime error: index out of range [18446744073709551615] with length 3");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_slice_alen(4, 3); }),
            "runtime error: slice bounds out of range [:4] with length 3");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_slice_acap(9, 8); }),
            "runtime error: slice bounds out of range [:9] with capacity 8");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_slice_b(2, 1); }), "runtime error: slice bounds out of range [2:1]");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_slice_b(-2, 1); }), "runtime error: slice bounds out of range [-2:]");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(7, 5, GOCC_BOUNDS_SLICE3_ALEN, 1); }),
            "runtime error: slice bounds out of range [::7] with length 5");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(7, 5, GOCC_BOUNDS_SLICE3_ACAP, 1); }),
            "runtime error: slice bounds out of range [::7] with capacity 5");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(3, 2, GOCC_BOUNDS_SLICE3_B, 1); }),
            "runtime error: slice bounds out of range [:3:2]");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(3, 2, GOCC_BOUNDS_SLICE3_C, 1); }),
            "runtime error: slice bounds out of range [3:2:]");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(-3, 2, GOCC_BOUNDS_SLICE3_C, 1); }),
            "runtime error: slice bounds out of range [-3::]");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_bounds(4, 3, GOCC_BOUNDS_CONVERT, 1); }),
            "runtime error: cannot convert slice with length 3 to pointer to array with length 4");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_divide(); }), "runtime error: integer divide by zero");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_shift(); }), "runtime error: negative shift amount");
  EXPECT_EQ(rt::PanicText([] {
              gocc_panic_wrap(Str("main").ptr, 4, Str("T").ptr, 1, Str("M").ptr, 1);
            }),
            "value method main.T.M called using nil *T pointer");
}

// ---- unrecovered panics: gc's output, exit status 2 ----

const char kTail[] = "\n\ngoroutine 1 \\[running\\]:\n";

gocc_type* Named(const gocc_type& base, const char* name) {
  gocc_type t = base;
  t.str = Str(name);
  t.pkgpath = Str("main");
  return rt::NewType(t);
}

extern "C" gocc_string StringerString(void*) { return Str("stringer!"); }

TEST(PanicDeathTest, ValuesPrintLikeGc) {
  auto expect = [](const gocc_type* t, void* data, const std::string& text) {
    EXPECT_EXIT(gocc_panic(t, data), testing::ExitedWithCode(2), "^panic: " + text + kTail);
  };
  expect(&gocc_type_string, BoxString("boom"), "boom");
  expect(&gocc_type_int, BoxInt(42), "42");
  expect(nullptr, nullptr, "nil");
  double f = 3.5;
  expect(&gocc_type_float64, gocc_convT(&gocc_type_float64, &f), "\\+3\\.500000e\\+000");
  expect(Named(gocc_type_int, "main.T"), BoxInt(5), "main\\.T\\(5\\)");
  expect(Named(gocc_type_string, "main.S"), BoxString("x"), "main\\.S\\(\"x\"\\)");
  double g = 1.5;
  expect(Named(gocc_type_float64, "main.F"), gocc_convT(&gocc_type_float64, &g),
         "main\\.F\\(\\+1\\.500000e\\+000\\)");
  double c[2] = {1, 2};
  expect(Named(gocc_type_complex128, "main.C"), gocc_convT(&gocc_type_complex128, c),
         "main\\.C\\(\\+1\\.000000e\\+000\\+2\\.000000e\\+000i\\)");
  static const gocc_method stringer[] = {
      {Str("String"), Str(""), gocc_type_error.methods[0].type, reinterpret_cast<void*>(StringerString)}};
  gocc_type st = *rt::StructOf({}, "main.St", "main");
  st.methods = stringer;
  st.nmethods = 1;
  expect(rt::NewType(st), gocc_zerobase, "stringer!");
  const gocc_type* p = rt::StructOf({{"a", &gocc_type_int}}, "main.P", "main");
  expect(p, gocc_new(p), "\\(main\\.P\\) 0x[0-9a-f]+");
}

TEST(PanicDeathTest, RuntimeErrors) {
  EXPECT_EXIT(gocc_panic_index(5, 3), testing::ExitedWithCode(2),
              std::string("^panic: runtime error: index out of range \\[5\\] with length 3") + kTail);
  EXPECT_EXIT(gocc_panic_nilmap(), testing::ExitedWithCode(2),
              std::string("^panic: assignment to entry in nil map") + kTail);
  EXPECT_EXIT(gocc_assertE2I(&gocc_type_error, &gocc_type_int), testing::ExitedWithCode(2),
              std::string("^panic: interface conversion: int is not error: missing method Error") + kTail);
  EXPECT_EXIT(g_log += std::to_string(LoadNull()), testing::ExitedWithCode(2),
              "^panic: runtime error: invalid memory address or nil pointer dereference\n"
              "\\[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x[0-9a-f]+\\]\n"
              "\ngoroutine 1 \\[running\\]:\n");
  EXPECT_EXIT(gocc_throw("all goroutines are asleep - deadlock!"), testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[running\\]:\n");
}

// func main() { defer func() { panic("second") }(); panic("first") }
__attribute__((noinline)) void NestedUnrecovered(int variant) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  PanicClosure second = {PanicFn, "second"}, third = {PanicFn, "third"};
  if (variant == 3) gocc_defer(&fr, &third);
  gocc_defer(&fr, &second);
  PanicString("first");
  gocc_frame_return(&fr);
}

// defer func() { r := recover(); panic(r) }()
__attribute__((noinline)) void RepanicFn(void*) {
  gocc_iface r = gocc_recover(__builtin_frame_address(0));
  gocc_panic(static_cast<const gocc_type*>(r.tab), r.data);
}
RecoverClosure kRepanic = {RepanicFn};

__attribute__((noinline)) void RecoverRepanic() {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb)) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, &kRepanic);
  PanicString("first");
  gocc_frame_return(&fr);
}

TEST(PanicDeathTest, NestedPanicsPrintTheChain) {
  EXPECT_EXIT(NestedUnrecovered(2), testing::ExitedWithCode(2),
              std::string("^panic: first\n\tpanic: second") + kTail);
  EXPECT_EXIT(NestedUnrecovered(3), testing::ExitedWithCode(2),
              std::string("^panic: first\n\tpanic: second\n\tpanic: third") + kTail);
  EXPECT_EXIT(RecoverRepanic(), testing::ExitedWithCode(2),
              std::string("^panic: first \\[recovered\\]\n\tpanic: first") + kTail);
}

int64_t volatile g_depth_limit = INT64_MAX;

__attribute__((noinline)) int64_t Recurse(int64_t n) {
  volatile char pad[1024];
  pad[n % 1024] = (char)n;
  if (n >= g_depth_limit) return 0;
  return Recurse(n + 1) + pad[0];
}

TEST(PanicDeathTest, StackOverflowIsFatal) {
  EXPECT_EXIT(g_log += std::to_string(Recurse(0)), testing::ExitedWithCode(2),
              "fatal error: stack overflow\n\\[signal SIGSEGV");
}

}  // namespace
