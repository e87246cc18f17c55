//go:build !gocc

// The hooks of math_gocc.go served by the real math package, for compiling gocc's
// library with the real Go toolchain (tests/stdlib/behave). gocc never compiles this file.

package math

import real "math"

func Sqrt(x float64) float64 {
	return real.Sqrt(x)
}

func Mod(x, y float64) float64 {
	return real.Mod(x, y)
}

func Remainder(x, y float64) float64 {
	return real.Remainder(x, y)
}

func FMA(x, y, z float64) float64 {
	return real.FMA(x, y, z)
}

func Hypot(p, q float64) float64 {
	return real.Hypot(p, q)
}

func Sin(x float64) float64 {
	return real.Sin(x)
}

func Cos(x float64) float64 {
	return real.Cos(x)
}

func Tan(x float64) float64 {
	return real.Tan(x)
}

func Asin(x float64) float64 {
	return real.Asin(x)
}

func Acos(x float64) float64 {
	return real.Acos(x)
}

func Atan(x float64) float64 {
	return real.Atan(x)
}

func Atan2(y, x float64) float64 {
	return real.Atan2(y, x)
}

func Sinh(x float64) float64 {
	return real.Sinh(x)
}

func Cosh(x float64) float64 {
	return real.Cosh(x)
}

func Tanh(x float64) float64 {
	return real.Tanh(x)
}

func Asinh(x float64) float64 {
	return real.Asinh(x)
}

func Acosh(x float64) float64 {
	return real.Acosh(x)
}

func Atanh(x float64) float64 {
	return real.Atanh(x)
}

func Exp(x float64) float64 {
	return real.Exp(x)
}

func Exp2(x float64) float64 {
	return real.Exp2(x)
}

func Expm1(x float64) float64 {
	return real.Expm1(x)
}

func Log(x float64) float64 {
	return real.Log(x)
}

func Log10(x float64) float64 {
	return real.Log10(x)
}

func Log2(x float64) float64 {
	return real.Log2(x)
}

func Log1p(x float64) float64 {
	return real.Log1p(x)
}

func Pow(x, y float64) float64 {
	return real.Pow(x, y)
}

func Cbrt(x float64) float64 {
	return real.Cbrt(x)
}

func Erf(x float64) float64 {
	return real.Erf(x)
}

func Erfc(x float64) float64 {
	return real.Erfc(x)
}

func Gamma(x float64) float64 {
	return real.Gamma(x)
}

func J0(x float64) float64 {
	return real.J0(x)
}

func J1(x float64) float64 {
	return real.J1(x)
}

func Jn(n int, x float64) float64 {
	return real.Jn(n, x)
}

func Y0(x float64) float64 {
	return real.Y0(x)
}

func Y1(x float64) float64 {
	return real.Y1(x)
}

func Yn(n int, x float64) float64 {
	return real.Yn(n, x)
}

func lgamma1(x float64) float64 {
	v, _ := real.Lgamma(x)
	return v
}
