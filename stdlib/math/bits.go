package math

import "unsafe"

const (
	uvnan    = 0x7FF8000000000001
	uvinf    = 0x7FF0000000000000
	uvneginf = 0xFFF0000000000000
	mask     = 0x7FF
	shift    = 64 - 11 - 1
	bias     = 1023
	signMask = 1 << 63
	fracMask = 1<<shift - 1
)

// Float32bits returns the IEEE 754 binary representation of f.
func Float32bits(f float32) uint32 { return *(*uint32)(unsafe.Pointer(&f)) }

// Float32frombits returns the floating-point number corresponding to the IEEE 754 binary
// representation b.
func Float32frombits(b uint32) float32 { return *(*float32)(unsafe.Pointer(&b)) }

// Float64bits returns the IEEE 754 binary representation of f.
func Float64bits(f float64) uint64 { return *(*uint64)(unsafe.Pointer(&f)) }

// Float64frombits returns the floating-point number corresponding to the IEEE 754 binary
// representation b.
func Float64frombits(b uint64) float64 { return *(*float64)(unsafe.Pointer(&b)) }

// Inf returns positive infinity if sign >= 0, negative infinity if sign < 0.
func Inf(sign int) float64 {
	var v uint64
	if sign >= 0 {
		v = uvinf
	} else {
		v = uvneginf
	}
	return Float64frombits(v)
}

// NaN returns an IEEE 754 “not-a-number” value.
func NaN() float64 { return Float64frombits(uvnan) }

// IsNaN reports whether f is an IEEE 754 “not-a-number” value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity, according to sign (> 0: +Inf, < 0: -Inf, 0: either).
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Abs returns the absolute value of x.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signMask) }

// Copysign returns a value with the magnitude of f and the sign of sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signMask | Float64bits(sign)&signMask)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signMask != 0 }

// Trunc returns the integer value of x (toward zero).
func Trunc(x float64) float64 { return trunc(x) }

func trunc(x float64) float64 {
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	b := Float64bits(x)
	e := int(b>>shift&mask) - bias
	if e < 0 {
		return Copysign(0, x)
	}
	if e >= shift {
		return x
	}
	return Float64frombits(b &^ (1<<uint(shift-e) - 1))
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 { return floor(x) }

//go:noinline
func floor(x float64) float64 {
	t := Trunc(x)
	if x < 0 && t != x {
		return t - 1
	}
	return t
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 { return ceil(x) }

func ceil(x float64) float64 { return -Floor(-x) }

// Round returns the nearest integer, rounding half away from zero.
func Round(x float64) float64 {
	t := Trunc(x)
	if Abs(x-t) >= 0.5 {
		return t + Copysign(1, x)
	}
	if t == 0 {
		return Copysign(0, x)
	}
	return t
}

// RoundToEven returns the nearest integer, rounding ties to even.
func RoundToEven(x float64) float64 {
	t := Trunc(x)
	d := Abs(x - t)
	if d > 0.5 || d == 0.5 && Mod(t, 2) != 0 {
		return t + Copysign(1, x)
	}
	if t == 0 {
		return Copysign(0, x)
	}
	return t
}

// Modf returns integer and fractional floating-point numbers that sum to f. Both values
// have the same sign as f.
func Modf(f float64) (int float64, frac float64) { return modf(f) }

func modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // Return -0, -0 when f == -0
		}
		return 0, f
	}
	int = Trunc(f)
	frac = f - int
	return
}

// normalize returns a normal number y and exponent exp satisfying x == y × 2**exp.
func normalize(x float64) (y float64, exp int) {
	const SmallestNormal = 2.2250738585072014e-308 // 2**-1022
	if Abs(x) < SmallestNormal {
		return x * (1 << 52), -52
	}
	return x, 0
}

// Frexp breaks f into a normalized fraction and an integral power of two: f == frac × 2**exp
// with |frac| in [½, 1).
func Frexp(f float64) (frac float64, exp int) { return frexp(f) }

func frexp(f float64) (frac float64, exp int) {
	switch {
	case f == 0 || IsInf(f, 0) || IsNaN(f):
		return f, 0
	}
	f, exp = normalize(f)
	x := Float64bits(f)
	exp += int((x>>shift)&mask) - bias + 1
	x &^= mask << shift
	x |= (-1 + bias) << shift
	return Float64frombits(x), exp
}

// Ldexp is the inverse of Frexp: it returns frac × 2**exp.
func Ldexp(frac float64, exp int) float64 { return ldexp(frac, exp) }

func ldexp(frac float64, exp int) float64 {
	switch {
	case frac == 0 || IsInf(frac, 0) || IsNaN(frac):
		return frac
	}
	frac, e := normalize(frac)
	exp += e
	x := Float64bits(frac)
	exp += int(x>>shift)&mask - bias
	if exp < -1075 {
		return Copysign(0, frac) // underflow
	}
	if exp > 1023 {
		return Inf(1) * Copysign(1, frac) // overflow
	}
	var m float64 = 1
	if exp < -1022 { // denormal
		exp += 53
		m = 1.0 / (1 << 53) // 2**-53
	}
	x &^= mask << shift
	x |= uint64(exp+bias) << shift
	return m * Float64frombits(x)
}

// Ilogb returns the binary exponent of x as an integer.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x):
		return MaxInt32
	case IsInf(x, 0):
		return MaxInt32
	}
	x, e := normalize(x)
	return e + int((Float64bits(x)>>shift)&mask) - bias
}

// Logb returns the binary exponent of x.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	return float64(Ilogb(x))
}

// Max returns the larger of x or y (+Inf and NaN win; +0 beats -0).
func Max(x, y float64) float64 { return max(x, y) }

func max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	}
	if x > y {
		return x
	}
	return y
}

// Min returns the smaller of x or y (-Inf and NaN win; -0 beats +0).
func Min(x, y float64) float64 { return min(x, y) }

func min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	}
	if x < y {
		return x
	}
	return y
}

// Dim returns the maximum of x-y or 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // v is negative or 0, or NaN
	}
	return v
}

// Nextafter returns the next representable float64 value after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		r = NaN()
	case x == y:
		r = x
	case x == 0:
		r = Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		r = Float64frombits(Float64bits(x) + 1)
	default:
		r = Float64frombits(Float64bits(x) - 1)
	}
	return
}

// Nextafter32 returns the next representable float32 value after x towards y.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		r = float32(NaN())
	case x == y:
		r = x
	case x == 0:
		r = float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		r = Float32frombits(Float32bits(x) + 1)
	default:
		r = Float32frombits(Float32bits(x) - 1)
	}
	return
}

// Pow10 returns 10**n, the base-10 exponential of n (0 below -323, +Inf above 308). Like
// gc, the result is the product (or quotient) of two exact-literal powers: 10^(32a) and 10^b.
func Pow10(n int) float64 {
	if 0 <= n && n <= 308 {
		return pow10big[uint(n)/32] * pow10small[uint(n)%32]
	}
	if -323 <= n && n <= 0 {
		return pow10negbig[uint(-n)/32] / pow10small[uint(-n)%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}

var pow10small = [32]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31}

var pow10big = [10]float64{1e0, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10negbig = [11]float64{1e-0, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

// Lgamma returns the natural logarithm and sign (-1 or +1) of Gamma(x).
func Lgamma(x float64) (lgamma float64, sign int) {
	sign = 1
	switch {
	case IsNaN(x):
		return x, 1
	case x == 0:
		if Signbit(x) {
			sign = -1
		}
		return Inf(1), sign
	case x < 0:
		f := Floor(x)
		if f == x {
			return Inf(1), 1
		}
		if int64(f)%2 != 0 {
			sign = -1
		}
	}
	return lgamma1(x), sign
}

// Erfinv returns the inverse error function of x (Newton's method on Erf).
func Erfinv(x float64) float64 {
	switch {
	case IsNaN(x) || x < -1 || x > 1:
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case x == 0:
		return x
	}
	// initial guess (Winitzki), then Newton steps
	const a = 0.147
	ln := Log(1 - x*x)
	t := 2/(Pi*a) + ln/2
	y := Copysign(Sqrt(Sqrt(t*t-ln/a)-t), x)
	for i := 0; i < 4; i++ {
		e := Erf(y) - x
		y -= e / (2 / SqrtPi * Exp(-y*y))
	}
	return y
}

// Erfcinv returns the inverse of Erfc(x).
func Erfcinv(x float64) float64 { return Erfinv(1 - x) }
