// The stdlib runtime hooks (runtime/hooks_gort.c, hooks_os.c, hooks_math.c) on hand-built
// type descriptors and values laid out as generated code lays them out.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <deque>
#include <map>
#include <string>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

extern "C" {
gocc_pair gocc_internal_gort_IfaceElem(const gocc_type* t, void* p);
gocc_iface gocc_internal_gort_Pack(const gocc_type* t, const void* p);
gocc_string gocc_internal_gort_TypeString(const gocc_type* t);
uint64_t gocc_internal_gort_Size(const gocc_type* t);
const gocc_type* gocc_internal_gort_Elem(const gocc_type* t);
const gocc_type* gocc_internal_gort_Key(const gocc_type* t);
int64_t gocc_internal_gort_Len(const gocc_type* t);
int64_t gocc_internal_gort_NumField(const gocc_type* t);
gocc_string gocc_internal_gort_FieldName(const gocc_type* t, int64_t i);
const gocc_type* gocc_internal_gort_FieldType(const gocc_type* t, int64_t i);
uint64_t gocc_internal_gort_FieldOffset(const gocc_type* t, int64_t i);
int64_t gocc_internal_gort_NumMethod(const gocc_type* t);
bool gocc_internal_gort_Comparable(const gocc_type* t);
void gocc_internal_gort_MapEntries(gocc_slice* out, const gocc_type* t, void* p);
bool gocc_internal_gort_Implements(const gocc_type* t, const gocc_type* iface);
bool gocc_internal_gort_AssignIface(const gocc_type* iface, void* p, const void* vtab, void* vdata);
void gocc_internal_gort_Copy(const gocc_type* t, void* dst, const void* src);
void gocc_internal_gort_Swap(const gocc_type* t, void* p, int64_t i, int64_t j);

void gocc_os_runtime_args(gocc_slice* out);
gocc_string gocc_os_runtime_getenv(const uint8_t* p, int64_t n);
bool gocc_os_runtime_hasenv(const uint8_t* p, int64_t n);
int64_t gocc_os_runtime_write(int64_t fd, const void* p, int64_t len, int64_t cap);

double gocc_math_sqrt(double);
double gocc_math_pow(double, double);
double gocc_math_Jn(int64_t, double);
double gocc_math_lgamma1(double);
}

namespace {

using rt::Str;
using rt::ToStd;

const gocc_type* Ptr(const gocc_type* elem, const char* name) { return rt::PtrTo(elem, name); }

extern "C" gocc_string HookErrorMethod(void* recv) {
  (void)recv;
  return Str("boom");
}

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

// type E struct{ code int } with method Error() on *E; interface error; interface Stringer.
const gocc_type* TypeE() {
  static const gocc_type* t = rt::StructOf({{"code", &gocc_type_int}}, "main.E", "main");
  return t;
}

const gocc_method kPtrEMethods[] = {
    {Str("Error"), Str(""), FuncString(), reinterpret_cast<void*>(HookErrorMethod)}};

const gocc_type* TypePtrE() {
  static gocc_type* t = [] {
    gocc_type p = *rt::PtrTo(TypeE(), "*main.E");
    p.methods = kPtrEMethods;
    p.nmethods = 1;
    return rt::NewType(p);
  }();
  return t;
}

const gocc_type* Stringer() {
  static gocc_type* t = [] {
    static const gocc_method m[] = {{Str("String"), Str(""), FuncString(), nullptr}};
    gocc_type p = gocc_type_error;
    p.str = Str("fmt.Stringer");
    p.pkgpath = Str("fmt");
    p.methods = m;
    p.nmethods = 1;
    return rt::NewType(p);
  }();
  return t;
}

TEST(Hooks, TypeQueries) {
  const gocc_type* s = rt::StructOf({{"A", &gocc_type_int8}, {"b", &gocc_type_string},
                                     {"C", &gocc_type_float64}},
                                    "main.S", "main");
  EXPECT_EQ(s->kind, GOCC_KIND_STRUCT);
  EXPECT_EQ(ToStd(gocc_internal_gort_TypeString(s)), "main.S");
  EXPECT_EQ(gocc_internal_gort_Size(s), 32u);
  ASSERT_EQ(gocc_internal_gort_NumField(s), 3);
  EXPECT_EQ(ToStd(gocc_internal_gort_FieldName(s, 1)), "b");
  EXPECT_EQ(gocc_internal_gort_FieldType(s, 2), &gocc_type_float64);
  EXPECT_EQ(gocc_internal_gort_FieldOffset(s, 0), 0u);
  EXPECT_EQ(gocc_internal_gort_FieldOffset(s, 1), 8u);
  EXPECT_EQ(gocc_internal_gort_FieldOffset(s, 2), 24u);

  const gocc_type* arr = rt::ArrayOf(&gocc_type_int32, 5, "[5]int32");
  EXPECT_EQ(arr->kind, GOCC_KIND_ARRAY);
  EXPECT_EQ(gocc_internal_gort_Len(arr), 5);
  EXPECT_EQ(gocc_internal_gort_Elem(arr), &gocc_type_int32);
  const gocc_type* m = rt::MapOf(&gocc_type_string, &gocc_type_int, "map[string]int");
  EXPECT_EQ(gocc_internal_gort_Key(m), &gocc_type_string);
  EXPECT_EQ(gocc_internal_gort_Elem(m), &gocc_type_int);
  EXPECT_TRUE(gocc_internal_gort_Comparable(&gocc_type_string));
  const gocc_type* sl = rt::SliceOf(&gocc_type_int, "[]int");
  EXPECT_FALSE(gocc_internal_gort_Comparable(sl));
  EXPECT_EQ(gocc_internal_gort_NumMethod(&gocc_type_empty_interface), 0);
  EXPECT_EQ(gocc_internal_gort_NumMethod(&gocc_type_error), 1);
}

TEST(Hooks, IfaceElemBoxedDirectAndNil) {
  // interface{} holding a boxed int: the data word points at the value.
  int64_t v = 42;
  gocc_iface e{&gocc_type_int, &v};
  gocc_pair r = gocc_internal_gort_IfaceElem(nullptr, &e);
  EXPECT_EQ(reinterpret_cast<const gocc_type*>(r.a), &gocc_type_int);
  EXPECT_EQ(*reinterpret_cast<int64_t*>(r.b), 42);

  // A pointer is stored directly: the value's address is the data word itself.
  const gocc_type* pint = Ptr(&gocc_type_int, "*int");
  gocc_iface pe{pint, &v};
  r = gocc_internal_gort_IfaceElem(&gocc_type_empty_interface, &pe);
  EXPECT_EQ(reinterpret_cast<const gocc_type*>(r.a), pint);
  EXPECT_EQ(reinterpret_cast<void*>(r.b), static_cast<void*>(&pe.data));
  EXPECT_EQ(**reinterpret_cast<int64_t**>(r.b), 42);

  // nil
  gocc_iface nil{nullptr, nullptr};
  r = gocc_internal_gort_IfaceElem(nullptr, &nil);
  EXPECT_EQ(r.a, 0);
  EXPECT_EQ(r.b, 0);

  // A non-empty interface: tab is an itab.
  const gocc_itab* itab = gocc_getitab(&gocc_type_error, TypePtrE());
  int64_t code = 7;
  gocc_iface err{itab, &code};
  r = gocc_internal_gort_IfaceElem(&gocc_type_error, &err);
  EXPECT_EQ(reinterpret_cast<const gocc_type*>(r.a), TypePtrE());
  EXPECT_EQ(*reinterpret_cast<void**>(r.b), static_cast<void*>(&code));
}

TEST(Hooks, PackCopiesOrStoresDirect) {
  double f = 2.5;
  gocc_iface e = gocc_internal_gort_Pack(&gocc_type_float64, &f);
  EXPECT_EQ(e.tab, &gocc_type_float64);
  EXPECT_NE(e.data, static_cast<void*>(&f));  // a copy
  f = 0;
  EXPECT_EQ(*static_cast<double*>(e.data), 2.5);

  int64_t x = 1;
  int64_t* px = &x;
  const gocc_type* pint = Ptr(&gocc_type_int, "*int");
  e = gocc_internal_gort_Pack(pint, &px);
  EXPECT_EQ(e.data, static_cast<void*>(&x));
}

TEST(Hooks, MapEntriesVisitsEveryEntryOnce) {
  const gocc_type* mt = rt::MapOf(&gocc_type_int64, &gocc_type_int64, "map[int64]int64");
  gocc_hmap* h = gocc_makemap(mt, 0);
  for (int64_t k = 0; k < 1000; k++) {
    *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k * k;
  }
  gocc_slice out;
  gocc_internal_gort_MapEntries(&out, mt, &h);
  ASSERT_EQ(out.len, 2000);
  std::map<int64_t, int64_t> seen;
  void** ent = static_cast<void**>(out.ptr);
  for (int64_t i = 0; i < out.len; i += 2) {
    int64_t k = *static_cast<int64_t*>(ent[i]);
    seen[k] = *static_cast<int64_t*>(ent[i + 1]);
  }
  ASSERT_EQ(seen.size(), 1000u);
  for (auto& [k, v] : seen) EXPECT_EQ(v, k * k);

  gocc_hmap* nilmap = nullptr;
  gocc_internal_gort_MapEntries(&out, mt, &nilmap);
  EXPECT_EQ(out.len, 0);
}

TEST(Hooks, ImplementsAndAssignIface) {
  EXPECT_TRUE(gocc_internal_gort_Implements(TypePtrE(), &gocc_type_error));
  EXPECT_FALSE(gocc_internal_gort_Implements(TypeE(), &gocc_type_error));
  EXPECT_FALSE(gocc_internal_gort_Implements(TypePtrE(), Stringer()));
  EXPECT_TRUE(gocc_internal_gort_Implements(&gocc_type_int, &gocc_type_empty_interface));

  int64_t code = 3;
  gocc_iface target{nullptr, nullptr};
  ASSERT_TRUE(gocc_internal_gort_AssignIface(&gocc_type_error, &target, TypePtrE(), &code));
  EXPECT_EQ(static_cast<const gocc_itab*>(target.tab)->type, TypePtrE());
  EXPECT_EQ(target.data, static_cast<void*>(&code));
  // The itab's method works.
  auto fn = reinterpret_cast<gocc_string (*)(void*)>(static_cast<const gocc_itab*>(target.tab)->fun[0]);
  EXPECT_EQ(ToStd(fn(target.data)), "boom");

  gocc_iface other{nullptr, nullptr};
  EXPECT_FALSE(gocc_internal_gort_AssignIface(Stringer(), &other, TypePtrE(), &code));
  EXPECT_EQ(other.tab, nullptr);
  EXPECT_FALSE(gocc_internal_gort_AssignIface(&gocc_type_error, &other, nullptr, nullptr));
  ASSERT_TRUE(gocc_internal_gort_AssignIface(&gocc_type_empty_interface, &other, TypePtrE(), &code));
  EXPECT_EQ(other.tab, TypePtrE());
}

TEST(Hooks, CopyAndSwap) {
  const gocc_type* s = rt::StructOf({{"A", &gocc_type_int64}, {"B", &gocc_type_string}}, "main.P", "main");
  struct P {
    int64_t a;
    gocc_string b;
  };
  P arr[4] = {{1, Str("one")}, {2, Str("two")}, {3, Str("three")}, {4, Str("four")}};
  gocc_internal_gort_Swap(s, arr, 0, 3);
  EXPECT_EQ(arr[0].a, 4);
  EXPECT_EQ(ToStd(arr[0].b), "four");
  EXPECT_EQ(arr[3].a, 1);
  EXPECT_EQ(ToStd(arr[3].b), "one");
  gocc_internal_gort_Swap(s, arr, 2, 2);
  EXPECT_EQ(arr[2].a, 3);
  P dst{};
  gocc_internal_gort_Copy(s, &dst, &arr[1]);
  EXPECT_EQ(dst.a, 2);
  EXPECT_EQ(ToStd(dst.b), "two");

  // Elements wider than the swap buffer.
  const gocc_type* big = rt::ArrayOf(&gocc_type_uint8, 1000, "[1000]uint8");
  std::string x(1000, 'x'), y(1000, 'y');
  std::string both = x + y;
  gocc_internal_gort_Swap(big, both.data(), 0, 1);
  EXPECT_EQ(both, y + x);
}

TEST(Hooks, OsAndMath) {
  // (gocc_os_runtime_args is gocc_os_args, tested by runtime.program: gtest's flag parsing
  // rewrites argv after the runtime saved it.)
  setenv("GOCC_HOOK_TEST", "v", 1);
  EXPECT_TRUE(gocc_os_runtime_hasenv(reinterpret_cast<const uint8_t*>("GOCC_HOOK_TEST"), 14));
  EXPECT_EQ(ToStd(gocc_os_runtime_getenv(reinterpret_cast<const uint8_t*>("GOCC_HOOK_TEST"), 14)), "v");
  EXPECT_FALSE(gocc_os_runtime_hasenv(reinterpret_cast<const uint8_t*>("GOCC_NO_SUCH_VAR"), 16));
  EXPECT_EQ(gocc_os_runtime_write(-1, "x", 1, 1), -EBADF);
  EXPECT_EQ(gocc_math_sqrt(2.0), std::sqrt(2.0));
  EXPECT_EQ(gocc_math_pow(2.0, 10.0), 1024.0);
  EXPECT_EQ(gocc_math_Jn(0, 0.0), 1.0);
  EXPECT_NEAR(gocc_math_lgamma1(5.0), std::log(24.0), 1e-12);
}

}  // namespace
