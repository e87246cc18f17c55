package main

import (
	"container/heap"
	"fmt"
)

type IntHeap []int

func (h IntHeap) Len() int            { return len(h) }
func (h IntHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() interface{} {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	fmt.Printf("minimum: %d, len %d\n", (*h)[0], h.Len())
	removed := heap.Remove(h, 2)
	fmt.Println("removed", removed)
	for h.Len() > 0 {
		fmt.Printf("%d ", heap.Pop(h))
	}
	fmt.Println()
	seq := &IntHeap{}
	x := 7
	for i := 0; i < 20; i++ {
		x = (x*31 + 11) % 97
		heap.Push(seq, x)
	}
	var sorted []int
	for seq.Len() > 0 {
		sorted = append(sorted, heap.Pop(seq).(int))
	}
	fmt.Println(sorted)
}
