package main

var (
	a = c + b
	b = f("b", 1)
	c = f("c", 2)
	d = 3
)

var total = sum(values...)
var values = []int{d, d * 2, d * 3}

func f(name string, v int) int {
	println("init", name)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var order []string

func init() {
	order = append(order, "init1")
	println("first init, a =", a)
}

func init() {
	order = append(order, "init2")
	println("second init")
}

var registry = map[string]int{"x": f("registry", 10)}

func main() {
	println("main: a b c d =", a, b, c, d)
	println("total =", total)
	println("registry x =", registry["x"])
	for _, o := range order {
		println(o)
	}
}
