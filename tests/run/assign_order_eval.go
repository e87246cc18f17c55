package main

func idx(name string, i int) int {
	println("index", name, i)
	return i
}

func val(name string, v int) int {
	println("value", name, v)
	return v
}

func main() {
	s := []int{0, 0, 0}
	s[idx("lhs", 0)], s[idx("lhs", 1)] = val("rhs", 10), val("rhs", 20)
	println(s[0], s[1])
	i := 0
	i, s[i] = 2, 99
	println(i, s[0], s[2])
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	println(a, b, c)
	x := []int{1, 2, 3}
	x[0], x[1], x[2] = x[2], x[0], x[1]
	println(x[0], x[1], x[2])
	var p *int = new(int)
	*p, i = 5, *p+100
	println(*p, i)
	m := map[string]int{}
	m["k"], m["j"] = val("k", 1), val("j", 2)
	println(m["k"] + m["j"])
	n := 1
	n += val("plus-assign", n)
	println(n)
	arr := [3]int{}
	j := 0
	arr[j], j = 7, 2
	println(arr[0], arr[2], j)
}
