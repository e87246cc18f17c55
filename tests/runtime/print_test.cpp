// print/println formatting. The expected text is what Go 1.19 printed (go run) for
//   println(true, false)
//   println(0, -5, 123456789, int64(math.MinInt64), int8(-128), uint8(200))
//   println(uint64(math.MaxUint64), uint(7), uintptr(4096))
//   println(1.0, -2.5, 0.0, math.Copysign(0, -1), 1e300, 1e-300, 123.456, 0.1)
//   println(math.NaN(), math.Inf(1), math.Inf(-1), float32(0.1), 9.9999999, 5e-324, math.MaxFloat64)
//   println(complex(1, 2), complex64(complex(-0.5, 3)))
//   println("hello", "", "a b")
//   print("x", 1, true, 2.0, "\n")
//   var s []int; var e interface{}; var p *int
//   println(s, e, p, unsafe.Pointer(uintptr(0x1234)), unsafe.Pointer(uintptr(0xdeadbeef)))
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <initializer_list>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

using rt::Str;

// println(items...): items separated by spaces, then a newline, in one locked statement.
void Println(std::initializer_list<std::function<void()>> items) {
  gocc_printlock();
  bool first = true;
  for (auto& item : items) {
    if (!first) gocc_printsp();
    first = false;
    item();
  }
  gocc_printnl();
  gocc_printunlock();
}

std::function<void()> F(double v) { return [v] { gocc_printfloat(v); }; }
std::function<void()> I(int64_t v) { return [v] { gocc_printint(v); }; }
std::function<void()> U(uint64_t v) { return [v] { gocc_printuint(v); }; }
std::function<void()> S(const char* s) { return [s] { gocc_printstring(Str(s).ptr, Str(s).len); }; }

TEST(Print, MatchesGo119) {
  std::string out = rt::CaptureStderr([] {
    Println({[] { gocc_printbool(true); }, [] { gocc_printbool(false); }});
    Println({I(0), I(-5), I(123456789), I(std::numeric_limits<int64_t>::min()), I(-128), U(200)});
    Println({U(std::numeric_limits<uint64_t>::max()), U(7), U(4096)});
    Println({F(1.0), F(-2.5), F(0.0), F(-0.0), F(1e300), F(1e-300), F(123.456), F(0.1)});
    Println({F(NAN), F(INFINITY), F(-INFINITY), F((double)0.1f), F(9.9999999), F(5e-324),
             F(std::numeric_limits<double>::max())});
    Println({[] { gocc_printcomplex(1, 2); }, [] { gocc_printcomplex((double)-0.5f, (double)3.0f); }});
    Println({S("hello"), S(""), S("a b")});
    gocc_printlock();
    gocc_printstring(Str("x").ptr, 1);
    gocc_printint(1);
    gocc_printbool(true);
    gocc_printfloat(2.0);
    gocc_printstring(Str("\n").ptr, 1);
    gocc_printunlock();
    Println({[] { gocc_printslice(nullptr, 0, 0); }, [] { gocc_printeface(nullptr, nullptr); },
             [] { gocc_printpointer(nullptr); }, [] { gocc_printpointer(reinterpret_cast<void*>(0x1234)); },
             [] { gocc_printpointer(reinterpret_cast<void*>(0xdeadbeef)); }});
  });
  EXPECT_EQ(out,
            "true false\n"
            "0 -5 123456789 -9223372036854775808 -128 200\n"
            "18446744073709551615 7 4096\n"
            "+1.000000e+000 -2.500000e+000 +0.000000e+000 -0.000000e+000 +1.000000e+300 "
            "+1.000000e-300 +1.234560e+002 +1.000000e-001\n"
            "NaN +Inf -Inf +1.000000e-001 +1.000000e+001 +4.940656e-324 +1.797693e+308\n"
            "(+1.000000e+000+2.000000e+000i) (-5.000000e-001+3.000000e+000i)\n"
            "hello  a b\n"
            "x1true+2.000000e+000\n"
            "[0/0]0x0 (0x0,0x0) 0x0 0x1234 0xdeadbeef\n");
}

TEST(Print, SlicesAndInterfaces) {
  std::string out = rt::CaptureStderr([] {
    gocc_printslice(reinterpret_cast<void*>(0xc000010000), 3, 4);
    gocc_printiface(reinterpret_cast<void*>(0x10), reinterpret_cast<void*>(0x20));
    gocc_printhex(0);
  });
  EXPECT_EQ(out, "[3/4]0xc000010000(0x10,0x20)0x0");
}

TEST(Print, LongStatementsAreNotTruncated) {
  std::string big(5000, 'z');
  std::string out = rt::CaptureStderr([&] {
    gocc_printlock();
    gocc_printstring(reinterpret_cast<const uint8_t*>(big.data()), (int64_t)big.size());
    gocc_printnl();
    gocc_printunlock();
  });
  EXPECT_EQ(out, big + "\n");
}

}  // namespace

namespace {

// Go 1.19 printed, for println of a/b:
//   (1+2i)/(3+4i), (1+1i)/0, (Inf+1i)/(2+3i), (1+1i)/(Inf+2i), 0/0
TEST(Complex, DivisionMatchesGo119) {
  const double cases[][4] = {{1, 2, 3, 4}, {1, 1, 0, 0}, {INFINITY, 1, 2, 3}, {1, 1, INFINITY, 2}, {0, 0, 0, 0}};
  std::string out = rt::CaptureStderr([&] {
    for (auto& c : cases) {
      double q[2];
      gocc_complex128div(q, c[0], c[1], c[2], c[3]);
      gocc_printlock();
      gocc_printcomplex(q[0], q[1]);
      gocc_printnl();
      gocc_printunlock();
    }
  });
  EXPECT_EQ(out,
            "(+4.400000e-001+8.000000e-002i)\n"
            "(+Inf+Infi)\n"
            "(+Inf-Infi)\n"
            "(+0.000000e+000+0.000000e+000i)\n"
            "(NaNNaNi)\n");
}

}  // namespace
