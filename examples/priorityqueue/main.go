// Command priorityqueue builds the seed's priority queue on a binary heap
// (二叉堆) with container/heap: items live in a slice where the children of
// index i are 2i+1 and 2i+2, Push/Pop sift up/down in O(log n), and each item
// remembers its index so that its priority can be changed (heap.Fix) or the
// item removed from the middle (heap.Remove) without a linear search.
//
// Items with equal priority are ordered by name so the output is
// deterministic.
//
// Seed note: 000_e45fb47a628addc5.txt, section "优先队列实现方案" (1. 二叉堆).
//
// Expected exit code: 0
package main

import (
	"container/heap"
	"fmt"
	"strings"
)

// Item is one entry in the queue.
type Item struct {
	Name     string
	Priority int
	index    int // position in the heap slice, maintained by Swap/Push/Pop
}

// PriorityQueue implements heap.Interface; the highest priority comes first.
type PriorityQueue []*Item

func (pq PriorityQueue) Len() int { return len(pq) }

func (pq PriorityQueue) Less(i, j int) bool {
	if pq[i].Priority != pq[j].Priority {
		return pq[i].Priority > pq[j].Priority
	}
	return pq[i].Name < pq[j].Name
}

func (pq PriorityQueue) Swap(i, j int) {
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}

func (pq *PriorityQueue) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}

func (pq *PriorityQueue) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil // let the GC reclaim the item
	item.index = -1
	*pq = old[:n-1]
	return item
}

// update changes an item's priority and restores the heap order.
func (pq *PriorityQueue) update(item *Item, priority int) {
	item.Priority = priority
	heap.Fix(pq, item.index)
}

// String shows the heap slice level by level: the array form of the tree.
func (pq PriorityQueue) String() string {
	var b strings.Builder
	level := 0
	for start, width := 0, 1; start < len(pq); start, width = start+width, width*2 {
		end := start + width
		if end > len(pq) {
			end = len(pq)
		}
		fmt.Fprintf(&b, "  level %d:", level)
		for _, it := range pq[start:end] {
			fmt.Fprintf(&b, " %s(%d)", it.Name, it.Priority)
		}
		b.WriteByte('\n')
		level++
	}
	return b.String()
}

// valid checks the heap property: no child sorts before its parent.
func (pq PriorityQueue) valid() bool {
	for i := 1; i < len(pq); i++ {
		if pq.Less(i, (i-1)/2) || pq[i].index != i {
			return false
		}
	}
	return true
}

func main() {
	names := []string{"compile", "lint", "test", "deploy", "docs", "bench", "fuzz", "review"}
	prios := []int{5, 2, 4, 1, 2, 3, 3, 6}

	pq := PriorityQueue{}
	byName := make(map[string]*Item)
	for i, name := range names {
		item := &Item{Name: name, Priority: prios[i]}
		byName[name] = item
		heap.Push(&pq, item)
	}
	fmt.Printf("after %d pushes (heap valid: %v):\n%v", pq.Len(), pq.valid(), pq)

	pq.update(byName["deploy"], 7)
	fmt.Printf("update deploy 1 -> 7, now at index %d (top: %s)\n", byName["deploy"].index, pq[0].Name)

	removed := heap.Remove(&pq, byName["test"].index).(*Item)
	fmt.Printf("remove %s(%d), heap valid: %v\n%v", removed.Name, removed.Priority, pq.valid(), pq)

	heap.Push(&pq, &Item{Name: "release", Priority: 4})
	fmt.Println("push release(4)")

	fmt.Println("popping in priority order:")
	for rank := 1; pq.Len() > 0; rank++ {
		item := heap.Pop(&pq).(*Item)
		fmt.Printf("  %d. %-8s priority %d\n", rank, item.Name, item.Priority)
	}
}
