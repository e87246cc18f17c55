/* hooks_math.c — package math's runtime hooks (stdlib/math/math_gocc.go): the C library's
 * functions under gocc's hook names gocc_math_<Name> (see hooks_gort.c for the convention). */
#include <math.h>
#include <stdint.h>

#define F1(name, cfn) \
  double gocc_math_##name(double x) { return cfn(x); }
#define F2(name, cfn) \
  double gocc_math_##name(double x, double y) { return cfn(x, y); }

F1(Sqrt, sqrt)
F2(Mod, fmod)
F2(Remainder, remainder)
double gocc_math_FMA(double x, double y, double z) { return fma(x, y, z); }
F2(Hypot, hypot)
F1(Sin, sin)
F1(Cos, cos)
F1(Tan, tan)
F1(Asin, asin)
F1(Acos, acos)
F1(Atan, atan)
F2(Atan2, atan2)
F1(Sinh, sinh)
F1(Cosh, cosh)
F1(Tanh, tanh)
F1(Asinh, asinh)
F1(Acosh, acosh)
F1(Atanh, atanh)
F1(Exp, exp)
F1(Exp2, exp2)
F1(Expm1, expm1)
F1(Log, log)
F1(Log10, log10)
F1(Log2, log2)
F1(Log1p, log1p)
F2(Pow, pow)
F1(Cbrt, cbrt)
F1(Erf, erf)
F1(Erfc, erfc)
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
