/* hooks_math.c — package math's runtime hooks (stdlib/math/math_gocc.go): the C library's
 * functions under gocc's hook names gocc_math_<name> (see hooks_gort.c for the convention). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#define F1(name, cfn) \
  double gocc_math_##name(double x) { return cfn(x); }
#define F2(name, cfn) \
  double gocc_math_##name(double x, double y) { return cfn(x, y); }

F1(sqrt, sqrt)
F2(mod, fmod)
F2(remainder, remainder)
double gocc_math_FMA(double x, double y, double z) { return fma(x, y, z); }
F2(hypot, hypot)
F1(sin, sin)
F1(cos, cos)
F1(tan, tan)
F1(asin, asin)
F1(atan, atan)
F2(atan2, atan2)
F1(sinh, sinh)
F1(cosh, cosh)
F1(tanh, tanh)
F1(asinh, asinh)
F1(acosh, acosh)
F1(atanh, atanh)
F1(exp, exp)
F1(exp2, exp2)
F1(expm1, expm1)
F1(log, log)
F1(log1p, log1p)
F2(pow, pow)
/* Cbrt as Go computes it (math/cbrt.go, from FreeBSD's s_cbrt.c): glibc's cbrt is not always
 * correctly rounded (cbrt(27) = 3.0000000000000004) and Go's result is what programs print.
 * A rough 5-bit estimate from the exponent bits, a rational step to 23 bits, a chop to 22 bits
 * rounded up, one Newton step to 53 bits. No FMA contraction (gc does not fuse). */
static double bits_to_double(uint64_t b) {
  double d;
  memcpy(&d, &b, sizeof d);
  return d;
}
static uint64_t double_to_bits(double d) {
  uint64_t b;
  memcpy(&b, &d, sizeof b);
  return b;
}
#if defined(__clang__)
#pragma clang fp contract(off)
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif
double gocc_math_cbrt(double x) {
  const uint64_t b1 = 715094163; /* (682-0.03306235651)*2**20 */
  const uint64_t b2 = 696219795; /* (664-0.03306235651)*2**20 */
  const double c = 5.42857142857142815906e-01, d = -7.05306122448979611050e-01,
               e = 1.41428571428571436819e+00, f = 1.60714285714285720630e+00,
               g = 3.57142857142857150787e-01, smallest_normal = 2.22507385850720138309e-308;
  if (x == 0 || isnan(x) || isinf(x)) return x;
  int negative = x < 0;
  if (negative) x = -x;
  double t = bits_to_double(double_to_bits(x) / 3 + (b1 << 32));
  if (x < smallest_normal) { /* subnormal: scale by 2**54 first */
    t = (double)(1ull << 54) * x;
    t = bits_to_double(double_to_bits(t) / 3 + (b2 << 32));
  }
  double r = t * t / x;
  double s = c + r * t;
  t *= g + f / (s + e + d / s);
  t = bits_to_double((double_to_bits(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return negative ? -t : t;
}
F1(erf, erf)
F1(erfc, erfc)
F1(Gamma, tgamma)
F1(J0, j0)
F1(J1, j1)
double gocc_math_Jn(int64_t n, double x) { return jn((int)n, x); }
F1(Y0, y0)
F1(Y1, y1)
double gocc_math_Yn(int64_t n, double x) { return yn((int)n, x); }
double gocc_math_lgamma1(double x) {
  int sign;
  return lgamma_r(x, &sign);
}
