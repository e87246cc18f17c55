// Command delayqueue implements the seed's delay queue (延时队列) in-process:
// tasks are scheduled to run a given delay after the queue starts, a single
// goroutine keeps them in a min-heap ordered by due time (container/heap) and
// sleeps on one time.Timer armed for the earliest task, re-arming it whenever
// a new task arrives or one fires. Due tasks are delivered on a channel in
// due-time order, much like the seed's Redis zset recipe ("zadd key
// timestamp task", then take every entry whose score is <= now) but without
// polling once a second.
//
// Output is deterministic: due times are computed from one start instant, ties
// are broken by submission order, and only delays (never timestamps) are
// printed. The timing-wheel variant from the same note is examples/timingwheel.
//
// Seed note: 000_e45fb47a628addc5.txt, section "延时队列实现方案".
//
// Expected exit code: 0
package main

import (
	"container/heap"
	"fmt"
	"sync"
	"time"
)

type task struct {
	name  string
	delay time.Duration
	seq   int
	due   time.Time
}

// taskHeap is a min-heap on (due, seq).
type taskHeap []*task

func (h taskHeap) Len() int { return len(h) }
func (h taskHeap) Less(i, j int) bool {
	if !h[i].due.Equal(h[j].due) {
		return h[i].due.Before(h[j].due)
	}
	return h[i].seq < h[j].seq
}
func (h taskHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *taskHeap) Push(x any)   { *h = append(*h, x.(*task)) }
func (h *taskHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}

// DelayQueue delivers each scheduled task on C once its delay has passed.
type DelayQueue struct {
	C     chan *task
	add   chan *task
	quit  chan struct{}
	wg    sync.WaitGroup
	seq   int
	start time.Time
}

func NewDelayQueue() *DelayQueue {
	return &DelayQueue{C: make(chan *task, 16), add: make(chan *task, 16), quit: make(chan struct{})}
}

// Schedule may be called before or after Start (from one goroutine).
func (q *DelayQueue) Schedule(name string, delay time.Duration) {
	q.seq++
	q.add <- &task{name: name, delay: delay, seq: q.seq}
}

func (q *DelayQueue) Start() {
	q.start = time.Now()
	q.wg.Add(1)
	go q.loop()
}

func (q *DelayQueue) Stop() {
	close(q.quit)
	q.wg.Wait()
}

func (q *DelayQueue) push(h *taskHeap, t *task) {
	t.due = q.start.Add(t.delay)
	heap.Push(h, t)
}

func (q *DelayQueue) loop() {
	defer q.wg.Done()
	var h taskHeap
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	for {
		// Take every pending submission before deciding what is due next.
		for drained := false; !drained; {
			select {
			case t := <-q.add:
				q.push(&h, t)
			default:
				drained = true
			}
		}
		var fire <-chan time.Time
		if len(h) > 0 {
			timer.Reset(time.Until(h[0].due))
			fire = timer.C
		}
		select {
		case t := <-q.add:
			q.push(&h, t)
		case now := <-fire:
			for len(h) > 0 && !h[0].due.After(now) {
				q.C <- heap.Pop(&h).(*task)
			}
			continue // timer fired and was drained; nothing to stop
		case <-q.quit:
			return
		}
		if fire != nil && !timer.Stop() {
			<-timer.C
		}
	}
}

func main() {
	q := NewDelayQueue()
	const ms = time.Millisecond
	q.Schedule("send-email", 40*ms)
	q.Schedule("close-order", 10*ms)
	q.Schedule("retry-payment", 60*ms)
	q.Schedule("refresh-cache", 20*ms)
	q.Schedule("notify-user", 40*ms) // same delay as send-email: submission order wins
	q.Schedule("expire-session", 30*ms)
	q.Start()

	onTime := true
	total := 6
	for i := 1; i <= total; i++ {
		t := <-q.C
		onTime = onTime && time.Since(q.start) >= t.delay
		fmt.Printf("%d. run %-15s (delay %v)\n", i, t.name, t.delay)
		if t.name == "close-order" {
			q.Schedule("audit-log", 100*ms) // scheduled while the queue runs
			total++
			fmt.Println("   close-order scheduled audit-log (delay 100ms)")
		}
	}
	q.Stop()
	fmt.Println("no task ran before its delay:", onTime)
}
