// Interfaces: itabs, assertions and their panic texts (gc 1.19's, checked with go run),
// equality, hashing.
#include <gtest/gtest.h>

#include <cmath>
#include <deque>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

using rt::Str;
using rt::ToStd;

extern "C" void MethodM(void* recv) { ++*static_cast<int64_t*>(recv); }
extern "C" gocc_string MethodString(void* recv) {
  return *static_cast<int64_t*>(recv) == 7 ? Str("seven") : Str("other");
}

const gocc_type* FuncVoid() {
  static gocc_type* t = [] {
    gocc_type p{};
    p.size = 8;
    p.ptrdata = 8;
    p.kind = GOCC_KIND_FUNC;
    p.flags = GOCC_TFLAG_DIRECTIFACE;
    p.str = Str("func()");
    return rt::NewType(p);
  }();
  return t;
}

// A separate copy of "func() string" (codegen's), to check matching by identity of content.
const gocc_type* FuncString() {
  static gocc_type* t = [] {
    gocc_type p{};
    p.size = 8;
    p.ptrdata = 8;
    p.kind = GOCC_KIND_FUNC;
    p.flags = GOCC_TFLAG_DIRECTIFACE;
    p.str = Str("func() string");
    return rt::NewType(p);
  }();
  return t;
}

const gocc_method kTMethods[] = {
    {Str("M"), Str(""), FuncVoid(), reinterpret_cast<void*>(MethodM)},
    {Str("String"), Str(""), FuncString(), reinterpret_cast<void*>(MethodString)},
    {Str("hidden"), Str("main"), FuncVoid(), reinterpret_cast<void*>(MethodM)},
};

// type T int (with methods M, String, hidden)
const gocc_type* TypeT() {
  static gocc_type* t = [] {
    gocc_type p = gocc_type_int;
    p.str = Str("main.T");
    p.pkgpath = Str("main");
    p.methods = kTMethods;
    p.nmethods = 3;
    return rt::NewType(p);
  }();
  return t;
}

const gocc_type* Interface(const char* name, std::vector<gocc_method> methods) {
  static std::deque<std::vector<gocc_method>> store;
  store.push_back(methods);
  gocc_type p = gocc_type_error;
  p.str = Str(name);
  p.pkgpath = Str("main");
  p.methods = store.back().data();
  p.nmethods = (int64_t)methods.size();
  return rt::NewType(p);
}

const gocc_type* TypeI() {
  static const gocc_type* t = Interface("main.I", {{Str("M"), Str(""), FuncVoid(), nullptr}});
  return t;
}

TEST(Iface, GetitabFindsMethodsInInterfaceOrder) {
  const gocc_type* both = Interface(
      "main.MS", {{Str("M"), Str(""), FuncVoid(), nullptr}, {Str("String"), Str(""), FuncString(), nullptr}});
  const gocc_itab* m = gocc_getitab(both, TypeT());
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, TypeT());
  EXPECT_EQ(m->inter, both);
  EXPECT_EQ(m->hash, TypeT()->hash);
  EXPECT_EQ(m->fun[0], reinterpret_cast<void*>(MethodM));
  EXPECT_EQ(m->fun[1], reinterpret_cast<void*>(MethodString));
  EXPECT_EQ(gocc_getitab(both, TypeT()), m);  // cached
  // Calling through the itab with a boxed receiver.
  auto* box = static_cast<int64_t*>(gocc_convT64(7));
  box = static_cast<int64_t*>(gocc_convT(TypeT(), box));
  EXPECT_EQ(ToStd(reinterpret_cast<gocc_string (*)(void*)>(m->fun[1])(box)), "seven");
  // Unexported methods match only within their package.
  const gocc_type* hid = Interface("main.H", {{Str("hidden"), Str("main"), FuncVoid(), nullptr}});
  EXPECT_NE(gocc_assertE2I2(hid, TypeT()), nullptr);
  const gocc_type* other = Interface("other.H", {{Str("hidden"), Str("other"), FuncVoid(), nullptr}});
  EXPECT_EQ(gocc_assertE2I2(other, TypeT()), nullptr);
}

TEST(Iface, RuntimeErrorsImplementError) {
  gocc_iface v;
  ASSERT_TRUE(rt::Catch([] { gocc_panic_divide(); }, &v));
  auto* t = static_cast<const gocc_type*>(v.tab);
  const gocc_itab* m = gocc_assertE2I2(&gocc_type_error, t);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(ToStd(reinterpret_cast<gocc_string (*)(void*)>(m->fun[0])(v.data)),
            "runtime error: integer divide by zero");
  // runtime.Error = interface { Error() string; RuntimeError() }
  const gocc_type* runtime_error = Interface(
      "runtime.Error", {{Str("Error"), Str(""), FuncString(), nullptr}, {Str("RuntimeError"), Str(""), FuncVoid(), nullptr}});
  EXPECT_NE(gocc_assertE2I2(runtime_error, t), nullptr);
  EXPECT_EQ(gocc_assertE2I2(runtime_error, TypeT()), nullptr);
}

TEST(Iface, AssertionPanicTexts) {
  // Texts printed by Go 1.19 for the same assertions.
  EXPECT_EQ(rt::PanicText([] { gocc_assertE2I(TypeI(), nullptr); }),
            "interface conversion: interface is nil, not main.I");
  const gocc_type* j = Interface("main.J", {{Str("M"), Str(""), FuncVoid(), nullptr}, {Str("N"), Str(""), FuncVoid(), nullptr}});
  EXPECT_EQ(rt::PanicText([&] { gocc_assertE2I(j, TypeT()); }),
            "interface conversion: main.T is not main.J: missing method N");
  EXPECT_EQ(gocc_assertE2I2(j, TypeT()), nullptr);
  EXPECT_EQ(gocc_assertE2I2(j, TypeT()), nullptr);  // negative result cached
  EXPECT_EQ(gocc_assertE2I2(j, nullptr), nullptr);
  EXPECT_EQ(rt::PanicText([] { gocc_panic_dottype(&gocc_type_string, &gocc_type_int, &gocc_type_empty_interface); }),
            "interface conversion: interface {} is string, not int");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_dottype(nullptr, &gocc_type_int, &gocc_type_empty_interface); }),
            "interface conversion: interface {} is nil, not int");
  EXPECT_EQ(rt::PanicText([] { gocc_panic_dottype(TypeT(), &gocc_type_int, TypeI()); }),
            "interface conversion: main.I is main.T, not int");
  // Wrong method type: String() int does not satisfy String() string.
  const gocc_type* wrong = Interface("main.W", {{Str("M"), Str(""), FuncString(), nullptr}});
  EXPECT_EQ(rt::PanicText([&] { gocc_assertE2I(wrong, TypeT()); }),
            "interface conversion: main.T is not main.W: missing method M");
  // Same printed name from two packages.
  gocc_type other = *TypeT();
  other.pkgpath = Str("other/main");
  const gocc_type* t2 = rt::NewType(other);
  EXPECT_EQ(rt::PanicText([&] { gocc_panic_dottype(t2, TypeT(), &gocc_type_empty_interface); }),
            "interface conversion: interface {} is main.T, not main.T (types from different packages)");
}

TEST(Iface, EqualityAndPanics) {
  void* five = gocc_convT64(5);
  void* five_again = gocc_convT(&gocc_type_int, five);
  EXPECT_TRUE(gocc_efaceeq(&gocc_type_int, five, &gocc_type_int, five_again));
  EXPECT_FALSE(gocc_efaceeq(&gocc_type_int, five, &gocc_type_int64, five));
  EXPECT_TRUE(gocc_efaceeq(nullptr, nullptr, nullptr, nullptr));
  EXPECT_FALSE(gocc_efaceeq(nullptr, nullptr, &gocc_type_int, five));
  const gocc_type* ints = rt::SliceOf(&gocc_type_int, "[]int");
  static gocc_slice s1, s2;
  EXPECT_EQ(rt::PanicText([&] { gocc_efaceeq(ints, &s1, ints, &s2); }),
            "runtime error: comparing uncomparable type []int");
  // Different dynamic types compare false without panicking.
  EXPECT_FALSE(gocc_efaceeq(ints, &s1, &gocc_type_int, five));
  // Non-empty interfaces: a static and a run-time itab for the same pair are equal.
  const gocc_itab* dyn = gocc_getitab(TypeI(), TypeT());
  alignas(8) uint8_t fixed_mem[sizeof(gocc_itab) + sizeof(void*)];
  auto* fixed = reinterpret_cast<gocc_itab*>(fixed_mem);
  fixed->type = TypeT();
  fixed->inter = TypeI();
  fixed->hash = TypeT()->hash;
  fixed->fun[0] = reinterpret_cast<void*>(MethodM);
  void* seven = gocc_convT(TypeT(), gocc_convT64(7));
  void* seven2 = gocc_convT(TypeT(), gocc_convT64(7));
  EXPECT_TRUE(gocc_ifaceeq(dyn, seven, fixed, seven2));
  EXPECT_TRUE(gocc_ifaceeq(nullptr, nullptr, nullptr, nullptr));
  // Direct (pointer-shaped) values compare by the data word.
  const gocc_type* pint = rt::PtrTo(&gocc_type_int, "*int");
  EXPECT_TRUE(gocc_efaceeq(pint, five, pint, five));
  EXPECT_FALSE(gocc_efaceeq(pint, five, pint, five_again));
}

TEST(Iface, StructAndArrayEquality) {
  const gocc_type* t = rt::StructOf({{"s", &gocc_type_string}, {"f", &gocc_type_float64}, {"_", &gocc_type_int}}, "main.P", "main");
  ASSERT_EQ(t->equal, gocc_equal_struct);
  struct P {
    gocc_string s;
    double f;
    int64_t blank;
  };
  std::string a = "abc", b = "abc";
  P x{{reinterpret_cast<const uint8_t*>(a.data()), 3}, -0.0, 1};
  P y{{reinterpret_cast<const uint8_t*>(b.data()), 3}, 0.0, 2};
  EXPECT_TRUE(t->equal(&x, &y, t));  // blank fields are ignored, -0 == +0
  EXPECT_EQ(gocc_typehash(t, &x, 1), gocc_typehash(t, &y, 1));
  y.f = NAN;
  EXPECT_FALSE(t->equal(&y, &y, t));
  const gocc_type* arr = rt::ArrayOf(&gocc_type_string, 2, "[2]string");
  gocc_string u[2] = {Str("a"), Str("b")}, v[2] = {Str("a"), Str("c")};
  EXPECT_FALSE(arr->equal(u, v, arr));
  v[1] = Str("b");
  EXPECT_TRUE(arr->equal(u, v, arr));
  EXPECT_EQ(gocc_typehash(arr, u, 9), gocc_typehash(arr, v, 9));
}

TEST(Iface, Boxing) {
  EXPECT_EQ(gocc_convT64(200), gocc_convT64(200));  // small values share static boxes
  EXPECT_EQ(*static_cast<uint64_t*>(gocc_convT64(1u << 20)), 1u << 20);
  auto* s = static_cast<gocc_string*>(gocc_convTstring(Str("hey").ptr, 3));
  EXPECT_EQ(ToStd(*s), "hey");
  EXPECT_EQ(static_cast<gocc_string*>(gocc_convTstring(nullptr, 0))->len, 0);
}

TEST(Iface, TypeIdentityAndHashes) {
  EXPECT_EQ(gocc_type_int.hash, rt::TypeHash("int"));
  EXPECT_EQ(gocc_type_string.hash, rt::TypeHash("string"));
  EXPECT_EQ(gocc_type_empty_interface.hash, rt::TypeHash("interface {}"));
  EXPECT_EQ(gocc_type_error.hash, rt::TypeHash("error"));
  EXPECT_EQ(gocc_type_complex128.hash, rt::TypeHash("complex128"));
  EXPECT_EQ(gocc_type_unsafe_pointer.hash, rt::TypeHash("unsafe.Pointer"));
  EXPECT_TRUE(gocc_type_identical(FuncString(), gocc_type_error.methods[0].type));
  EXPECT_FALSE(gocc_type_identical(FuncString(), FuncVoid()));
}

}  // namespace
