package main

func main() {
	var zero float64
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	println("inf =", inf, "-inf =", ninf, "nan =", nan)
	println("nan == nan:", nan == nan, "nan != nan:", nan != nan)
	println("nan < 1:", nan < 1, "nan > 1:", nan > 1)
	println("inf > 1e308:", inf > 1e308, "inf - inf =", inf-inf)
	negz := -zero
	println("-0 == 0:", negz == zero, "1/-0 =", 1/negz)
	println("3.5 =", 3.5, "1e100 =", 1e100, "-2.25 =", -2.25)
	x := 0.1
	s := x + 0.2
	println("0.1+0.2 == 0.3:", s == 0.3, s)
	f := 2.9
	g := -2.9
	println("int(2.9) =", int(f), "int(-2.9) =", int(g))
	big := 1e18
	println("int64(1e18) =", int64(big))
	h := 7.0
	println("7.0/2 =", h/2)
	var acc float64 = 1
	for i := 0; i < 60; i++ {
		acc *= 2
	}
	println("2^60 =", acc, uint64(acc))
}
