package main

import (
	"container/heap"
	"fmt"
)

// The seed's delay queue idea without goroutines or time: tasks ordered by a simulated
// deadline in a min-heap; a virtual clock jumps to the earliest deadline.

type task struct {
	at   int
	seq  int
	name string
	rep  int
}

type queue []*task

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q queue) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x interface{}) { *q = append(*q, x.(*task)) }
func (q *queue) Pop() interface{} {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

func main() {
	q := &queue{}
	seq := 0
	add := func(at int, name string, rep int) {
		seq++
		heap.Push(q, &task{at, seq, name, rep})
	}
	add(30, "once-at-30", 0)
	add(10, "every-10", 10)
	add(25, "every-25", 25)
	add(10, "also-at-10", 0)
	clock := 0
	for q.Len() > 0 && clock <= 100 {
		t := heap.Pop(q).(*task)
		clock = t.at
		fmt.Printf("t=%3d run %s\n", clock, t.name)
		if t.rep > 0 && clock+t.rep <= 100 {
			add(clock+t.rep, t.name, t.rep)
		}
	}
	fmt.Println("pending:", q.Len(), "clock:", clock)
}
