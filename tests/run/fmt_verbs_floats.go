package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.2f|%08.3f|%+.1f\n", f, f, f, f, f, f)
	fmt.Printf("%e|%E|%.3e|%g|%G\n", f, f, f, f, 1e21)
	fmt.Printf("%g %g %g %g\n", 100000.0, 1000000.0, 1e-4, 1e-5)
	fmt.Printf("%v %v %v\n", 1.0, 0.1, 2.5e10)
	fmt.Println(1.0, 3.0/2, 1e6, 1e21, 123456789.0, 1e-7)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Printf("%v %.10f\n", f32+0.2, f32)
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%5.1f|%-7v|%7v|\n", math.Inf(1), math.NaN(), 2.5)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%x\n", 1.0)
	fmt.Println(float32(1)/3, 2.0/3)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
}
