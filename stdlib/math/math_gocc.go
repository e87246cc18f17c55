//go:build gocc

// Runtime hooks: the C library's functions (runtime/hooks_math.c: gocc_math_<Name>).

package math

func Sqrt(x float64) float64
func Mod(x, y float64) float64
func Remainder(x, y float64) float64
func FMA(x, y, z float64) float64
func Hypot(p, q float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Tan(x float64) float64
func Asin(x float64) float64
func Acos(x float64) float64
func Atan(x float64) float64
func Atan2(y, x float64) float64
func Sinh(x float64) float64
func Cosh(x float64) float64
func Tanh(x float64) float64
func Asinh(x float64) float64
func Acosh(x float64) float64
func Atanh(x float64) float64
func Exp(x float64) float64
func Exp2(x float64) float64
func Expm1(x float64) float64
func Log(x float64) float64
func Log10(x float64) float64
func Log2(x float64) float64
func Log1p(x float64) float64
func Pow(x, y float64) float64
func Cbrt(x float64) float64
func Erf(x float64) float64
func Erfc(x float64) float64
func Gamma(x float64) float64
func J0(x float64) float64
func J1(x float64) float64
func Jn(n int, x float64) float64
func Y0(x float64) float64
func Y1(x float64) float64
func Yn(n int, x float64) float64

// lgamma1 is log|Gamma(x)|.
func lgamma1(x float64) float64
