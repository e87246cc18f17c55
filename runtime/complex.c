/* complex.c — complex division with gc's semantics (runtime/complex.go).
 *
 * Smith's algorithm (CACM 1962) scales by the larger of the divisor's parts to avoid overflow;
 * when both result parts come out NaN, the C99 Annex G rules recover infinities and zeros
 * (division by zero, infinite dividend, infinite divisor). Multiplication, addition and
 * comparison need no runtime help; codegen emits them inline.
 */
#include <math.h>

#include "runtime/internal.h"

static double inf2one(double f) { return copysign(isinf(f) ? 1.0 : 0.0, f); }

void gocc_complex128div(double* out2, double a, double b, double c, double d) {
  double e, f;
  if (fabs(c) >= fabs(d)) {
    double ratio = d / c, denom = c + ratio * d;
    e = (a + b * ratio) / denom;
    f = (b - a * ratio) / denom;
  } else {
    double ratio = c / d, denom = d + ratio * c;
    e = (a * ratio + b) / denom;
    f = (b * ratio - a) / denom;
  }
  if (isnan(e) && isnan(f)) {
    if (c == 0 && d == 0 && (!isnan(a) || !isnan(b))) {
      e = copysign(INFINITY, c) * a;
      f = copysign(INFINITY, c) * b;
    } else if ((isinf(a) || isinf(b)) && isfinite(c) && isfinite(d)) {
      a = inf2one(a);
      b = inf2one(b);
      e = INFINITY * (a * c + b * d);
      f = INFINITY * (b * c - a * d);
    } else if ((isinf(c) || isinf(d)) && isfinite(a) && isfinite(b)) {
      c = inf2one(c);
      d = inf2one(d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  out2[0] = e;
  out2[1] = f;
}
