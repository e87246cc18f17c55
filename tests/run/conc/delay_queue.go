package main

import (
	"container/heap"
	"fmt"
	"time"
)

// The seed's delay queue: jobs become due after a delay; one goroutine keeps them in a
// min-heap by due time and sleeps on a single timer armed for the earliest. Failed jobs are
// re-queued with a backoff (new entries arrive while the queue runs). Only the order and
// the attempt numbers are printed: the order follows from the due times alone. out is
// buffered beyond the number of runs, so the queue never blocks on it while main re-queues.

type job struct {
	name    string
	due     time.Time
	attempt int
	seq     int
}

type jobHeap []*job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if !h[i].due.Equal(h[j].due) {
		return h[i].due.Before(h[j].due)
	}
	return h[i].seq < h[j].seq
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(*job)) }
func (h *jobHeap) Pop() any {
	old := *h
	j := old[len(old)-1]
	*h = old[:len(old)-1]
	return j
}

type delayQueue struct {
	add  chan []*job
	out  chan *job
	stop chan struct{}
	seq  int
}

func (q *delayQueue) run() {
	var h jobHeap
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	armed := false
	for {
		if !armed && len(h) > 0 {
			timer.Reset(time.Until(h[0].due))
			armed = true
		}
		select {
		case js := <-q.add:
			for _, j := range js {
				heap.Push(&h, j)
			}
			if armed && !timer.Stop() {
				<-timer.C
			}
			armed = false
		case <-timer.C:
			armed = false
			now := time.Now()
			for len(h) > 0 && !h[0].due.After(now) {
				q.out <- heap.Pop(&h).(*job)
			}
		case <-q.stop:
			timer.Stop()
			close(q.out)
			return
		}
	}
}

func main() {
	q := &delayQueue{add: make(chan []*job), out: make(chan *job, 16), stop: make(chan struct{})}
	go q.run()
	start := time.Now()
	var batch []*job
	for i, spec := range []struct {
		name  string
		delay time.Duration
	}{
		{"send-email", 30 * time.Millisecond},
		{"close-order", 10 * time.Millisecond},
		{"refund", 50 * time.Millisecond},
		{"remind", 10 * time.Millisecond},
		{"report", 0},
	} {
		batch = append(batch, &job{name: spec.name, due: start.Add(spec.delay), attempt: 1, seq: i})
	}
	q.seq = len(batch)
	q.add <- batch
	done := 0
	for j := range q.out {
		late := time.Since(j.due) >= 0
		fmt.Printf("run %-11s attempt %d (not early: %v)\n", j.name, j.attempt, late)
		if j.name == "send-email" && j.attempt < 3 {
			// Fails: retry 40ms after its previous due time.
			q.seq++
			q.add <- []*job{{name: j.name, due: j.due.Add(40 * time.Millisecond), attempt: j.attempt + 1, seq: q.seq}}
			continue
		}
		done++
		if done == 5 {
			close(q.stop)
		}
	}
	fmt.Println("all done; took >= 110ms:", time.Since(start) >= 110*time.Millisecond)
}
