package main

import "fmt"

// Walking off the end of a linked list dereferences nil: gc reports the SIGSEGV line too.
// panic: runtime error: invalid memory address or nil pointer dereference
// [signal SIGSEGV: segmentation violation code=... addr=0x0 pc=...]

type Node struct {
	Val  int
	Next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{i, head}
	}
	return head
}

func main() {
	n := build(3)
	for p := n; ; p = p.Next {
		fmt.Println(p.Val)
	}
}
