// Command timingwheel is the third delay-queue design in the seed note: a
// timing wheel (时间轮). The wheel is a ring of slots, each a list of tasks
// (container/list); a time.Ticker advances a cursor one slot per tick and the
// tasks in the slot under the cursor run. A delay longer than one revolution
// is stored with a "rounds" counter that is decremented on each pass, so
// adding and firing a task are O(1) no matter how many tasks are pending,
// unlike the O(log n) heap in examples/delayqueue.
//
// The program counts ticks instead of reading the clock, so the printed
// schedule is deterministic even if the ticker drops ticks under load.
//
// Seed note: 000_e45fb47a628addc5.txt, section "延时队列实现方案" (3. 时间轮).
//
// Expected exit code: 0
package main

import (
	"container/list"
	"fmt"
	"time"
)

type entry struct {
	name   string
	delay  time.Duration
	rounds int
	repeat int // how many more times to reschedule itself
}

type Wheel struct {
	tick    time.Duration
	slots   []*list.List
	cursor  int
	pending int
}

func NewWheel(slots int, tick time.Duration) *Wheel {
	w := &Wheel{tick: tick, slots: make([]*list.List, slots)}
	for i := range w.slots {
		w.slots[i] = list.New()
	}
	return w
}

// Add places a task delay/tick slots ahead of the cursor (at least one).
func (w *Wheel) Add(e *entry) {
	ticks := int(e.delay / w.tick)
	if ticks < 1 {
		ticks = 1
	}
	n := len(w.slots)
	slot := (w.cursor + ticks) % n
	e.rounds = (ticks - 1) / n
	w.slots[slot].PushBack(e)
	w.pending++
	fmt.Printf("  add %-9s delay %-6v -> slot %d, rounds %d\n", e.name, e.delay, slot, e.rounds)
}

// Advance moves the cursor one slot and returns the tasks that are now due.
func (w *Wheel) Advance() []*entry {
	w.cursor = (w.cursor + 1) % len(w.slots)
	var due []*entry
	l := w.slots[w.cursor]
	for el := l.Front(); el != nil; {
		next := el.Next()
		e := el.Value.(*entry)
		if e.rounds > 0 {
			e.rounds--
		} else {
			l.Remove(el)
			w.pending--
			due = append(due, e)
		}
		el = next
	}
	return due
}

func main() {
	const tick = 10 * time.Millisecond
	w := NewWheel(8, tick) // one revolution = 80ms
	fmt.Println("wheel: 8 slots x 10ms")
	for _, e := range []*entry{
		{name: "close", delay: 30 * time.Millisecond},
		{name: "email", delay: 10 * time.Millisecond},
		{name: "report", delay: 110 * time.Millisecond}, // same slot as close, one round later
		{name: "retry", delay: 50 * time.Millisecond},
		{name: "expire", delay: 80 * time.Millisecond}, // exactly one revolution
		{name: "heartbeat", delay: 40 * time.Millisecond, repeat: 2},
	} {
		w.Add(e)
	}

	start := time.Now() // before the ticker, so tick k is never before start+k*tick
	ticker := time.NewTicker(tick)
	defer ticker.Stop()
	for ticks := 1; w.pending > 0; ticks++ {
		<-ticker.C
		for _, e := range w.Advance() {
			late := time.Since(start) >= time.Duration(ticks)*tick
			fmt.Printf("tick %2d (slot %d): run %-9s (not early: %v)\n", ticks, w.cursor, e.name, late)
			if e.repeat > 0 {
				e.repeat--
				w.Add(e)
			}
		}
	}
	fmt.Println("all tasks ran; wheel empty")
}
