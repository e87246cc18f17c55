package main

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
		s = s + "-"
	}
	println(s, len(s))
	a, b := "apple", "apricot"
	println(a < b, a > b, a == b, a != b, a <= "apple", b >= "b")
	println("" < "a", "a" < "aa", "Z" < "a", "é" > "z")
	x := "go"
	y := "g" + "o"
	println(x == y)
	parts := []string{"one", "two", "three"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ", "
		}
		joined += p
	}
	println(joined)
	c := a + " " + b + " " + x + "!"
	println(c)
	var null string
	println(null == "", len(null+null))
	m := "ab"
	for i := 0; i < 3; i++ {
		m += m
	}
	println(m, len(m))
}
