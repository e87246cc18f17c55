package main

var calls int

func t(name string) bool {
	calls++
	println("  eval", name, "-> true")
	return true
}

func f(name string) bool {
	calls++
	println("  eval", name, "-> false")
	return false
}

func main() {
	println("f && t:")
	r := f("a") && t("b")
	println(" =", r)
	println("t || f:")
	r = t("c") || f("d")
	println(" =", r)
	println("f || t && f:")
	r = f("e") || t("f") && f("g")
	println(" =", r)
	println("!(t && t):")
	r = !(t("h") && t("i"))
	println(" =", r)
	println("calls =", calls)
	x, y := true, false
	println(x == y, x != y, !x, x && !y)
	type B bool
	var bb B = B(x) && true
	println("named bool:", bool(bb))
}
