package main

type pair struct {
	a int
	b string
}

func main() {
	p := new(int)
	println(*p)
	*p = 3
	println(*p)
	s := new(pair)
	println(s.a, s.b == "")
	s.b = "x"
	sl := new([]int)
	println(*sl == nil, len(*sl))
	*sl = append(*sl, 1, 2)
	println(len(*sl))
	m := new(map[string]int)
	println(*m == nil)
	arr := new([4]byte)
	arr[2] = 9
	println(arr[2], len(arr))
	f := new(func() int)
	println(*f == nil)
	pp := new(*int)
	*pp = p
	println(**pp)
	a, b := new(struct{}), new(struct{})
	_ = a == b
	c := new(float64)
	*c += 1.5
	println(*c)
}
