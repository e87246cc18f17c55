//go:build gocc

// The functions gc's math writes as `if haveArchX { return archX(x) }; return x(x)` call their
// implementation the same way here, so that they cost what gc's do when inlined (61, 62);
// the implementations are the C library's functions, runtime hooks (runtime/hooks_math.c:
// gocc_math_<name>), except where gc's is a formula over other functions (acos, log10, log2).

package math

func Sqrt(x float64) float64         { return sqrt(x) }
func Sin(x float64) float64          { return sin(x) }
func Cos(x float64) float64          { return cos(x) }
func Tan(x float64) float64          { return tan(x) }
func Asin(x float64) float64         { return asin(x) }
func Atan(x float64) float64         { return atan(x) }
func Sinh(x float64) float64         { return sinh(x) }
func Cosh(x float64) float64         { return cosh(x) }
func Tanh(x float64) float64         { return tanh(x) }
func Asinh(x float64) float64        { return asinh(x) }
func Acosh(x float64) float64        { return acosh(x) }
func Atanh(x float64) float64        { return atanh(x) }
func Exp(x float64) float64          { return exp(x) }
func Exp2(x float64) float64         { return exp2(x) }
func Expm1(x float64) float64        { return expm1(x) }
func Log(x float64) float64          { return log(x) }
func Log1p(x float64) float64        { return log1p(x) }
func Cbrt(x float64) float64         { return cbrt(x) }
func Erf(x float64) float64          { return erf(x) }
func Erfc(x float64) float64         { return erfc(x) }
func Mod(x, y float64) float64       { return mod(x, y) }
func Remainder(x, y float64) float64 { return remainder(x, y) }
func Hypot(p, q float64) float64     { return hypot(p, q) }
func Atan2(y, x float64) float64     { return atan2(y, x) }
func Pow(x, y float64) float64       { return pow(x, y) }
func Acos(x float64) float64         { return acos(x) }
func Log10(x float64) float64        { return log10(x) }
func Log2(x float64) float64         { return log2(x) }

func acos(x float64) float64 { return Pi/2 - Asin(x) }

func log10(x float64) float64 { return Log(x) * (1 / Ln10) }

func log2(x float64) float64 {
	frac, exp := Frexp(x)
	// An exact power of two gives an exact answer.
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return Log(frac)*(1/Ln2) + float64(exp)
}

// Runtime hooks.

func sqrt(x float64) float64
func sin(x float64) float64
func cos(x float64) float64
func tan(x float64) float64
func asin(x float64) float64
func atan(x float64) float64
func sinh(x float64) float64
func cosh(x float64) float64
func tanh(x float64) float64
func asinh(x float64) float64
func acosh(x float64) float64
func atanh(x float64) float64
func exp(x float64) float64
func exp2(x float64) float64
func expm1(x float64) float64
func log(x float64) float64
func log1p(x float64) float64
func cbrt(x float64) float64
func erf(x float64) float64
func erfc(x float64) float64
func mod(x, y float64) float64
func remainder(x, y float64) float64
func hypot(p, q float64) float64
func atan2(y, x float64) float64
func pow(x, y float64) float64
func FMA(x, y, z float64) float64
func Gamma(x float64) float64
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64

// lgamma1 is log|Gamma(x)|.
func lgamma1(x float64) float64
