// Values stored in package variables outlive every frame.
package main

type node struct {
	val  int
	next *node
}

var head *node
var saved *int
var names []string

func push(v int) {
	head = &node{v, head} // escapes (once per call)
}

func keep() {
	x := 42 // moved to heap
	saved = &x
}

func local() int {
	n := node{val: 1}      // stays
	m := &node{2, &n}      // does not escape
	return m.val + m.next.val
}

func fill(a, b string) {
	names = []string{a, b} // escapes
}

func main() {
	push(1)
	keep()
	fill("x", "y")
	println(head.val, head.next == nil, *saved, local(), names[0], names[1])
}
