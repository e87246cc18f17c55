package main

type node struct{ next *node }

func main() {
	var head *node
	for i := 0; i < 3; i++ {
		n := node{}
		n.next = head
		head = &n
	}
	_ = head
	s := []*int{}
	for j := 0; j < 2; j++ {
		v := j
		s = append(s, &v)
	}
	_ = s
}
