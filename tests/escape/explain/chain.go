package main

type node struct {
	next *node
	val  int
}

var global *node

func link(a, b *node) { a.next = b }

func retp(p *int) *int { return p }

func main() {
	var n1, n2 node
	link(&n1, &n2)
	global = &n1
	v := 3
	q := retp(&v)
	global.val = *q
	s := make([]int, 10)
	_ = s
}
