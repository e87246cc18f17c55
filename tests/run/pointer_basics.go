package main

type node struct {
	val  int
	next *node
}

func inc(p *int) { *p++ }

func newInt(v int) *int {
	x := v
	return &x
}

func main() {
	x := 1
	p := &x
	*p = 2
	inc(p)
	inc(&x)
	println("x =", x, *p == x)
	pp := &p
	**pp = 10
	println("x =", x)
	q := newInt(7)
	r := newInt(7)
	println(*q == *r, q == r, q != nil)
	var nilp *int
	println(nilp == nil)
	var head *node
	for i := 3; i > 0; i-- {
		head = &node{i, head}
	}
	for n := head; n != nil; n = n.next {
		print(n.val, " ")
	}
	println()
	n := new(node)
	n.val = 5
	println(n.val, n.next == nil)
	arr := [3]int{1, 2, 3}
	ap := &arr[1]
	*ap = 20
	println(arr[1])
	s := []int{1, 2, 3}
	sp := &s[0]
	s[0] = 100
	println(*sp)
}
