package main

// float32 arithmetic rounds to single precision at every step.

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	c := a + b
	println("0.1+0.2 (float32) =", c)
	println("== 0.3 ?", c == 0.3)
	d := float64(a)
	println("float64(float32(0.1)) =", d)
	var big float32 = 16777216
	big2 := big + 1
	println("2^24 + 1 =", big2, big2 == big)
	var sum float32
	for i := 0; i < 1000; i++ {
		sum += 0.001
	}
	println("1000 * 0.001 =", sum)
	var x float64 = 1.0 / 3.0
	y := float32(x)
	println("1/3 float64 =", x, "float32 =", y)
	var third float32 = 1
	third /= 3
	println("float32 1/3 * 3 =", third*3)
	f := float32(16777217)
	println("float32(16777217 var) =", f)
	n := int32(f)
	println("int32 of it =", n)
	var m float32 = 3.4e38
	m *= 10
	println("overflow =", m)
	var tiny float32 = 1e-45
	println("denormal =", tiny, "half =", tiny/2)
}
