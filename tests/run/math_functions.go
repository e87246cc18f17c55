package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Cbrt(27), math.Pow(2, 10), math.Pow(2, -2))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint16, uint64(math.MaxUint64))
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(math.Copysign(0, -1)))
	fmt.Printf("%.6f %.6f %.6f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(0), math.Atan2(1, 1))
	fmt.Printf("%.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(1024))
	fmt.Printf("%.4f %.4f\n", math.Hypot(3, 4), math.Log10(0.001))
	fmt.Printf("%#x %v\n", math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	fmt.Printf("%#x %v\n", math.Float32bits(-1.5), math.Float32frombits(0x3f800000))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(math.Sqrt(-1), math.Log(0), math.Inf(1)-math.Inf(1))
}
