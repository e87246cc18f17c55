package main

var fs []func() int

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	f := counter()
	fs = append(fs, f)
	k := 5
	g := func() int { return k }
	_ = g()
}
