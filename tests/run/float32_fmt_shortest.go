package main

import (
	"fmt"
	"strconv"
)

// fmt prints float32 values with the shortest representation that round-trips in 32 bits.

func main() {
	var a, b float32 = 0.1, 0.2
	fmt.Println(a+b, float64(a)+float64(b), a*b)
	var x float32 = 1
	for i := 0; i < 10; i++ {
		x /= 3
	}
	fmt.Println(x, float64(x))
	fmt.Println(float32(16777217), float32(1e10), float32(1.0/3), float32(2)/3)
	vals := []float32{0, -0.5, 3.14159265, 1e-8, 123456.789, 7e22}
	for _, v := range vals {
		fmt.Printf("%v %g %.3f %e %s\n", v, v, v, v, strconv.FormatFloat(float64(v), 'g', -1, 32))
	}
	var sum32 float32
	var sum64 float64
	for i := 1; i <= 100000; i++ {
		sum32 += 1 / float32(i)
		sum64 += 1 / float64(i)
	}
	fmt.Println(sum32, sum64)
	f := float32(0.3)
	fmt.Println(f == 0.3, float64(f) == 0.3)
	h := float32(3.5)
	fmt.Println(int(h), int32(-h), uint8(h*10))
}
