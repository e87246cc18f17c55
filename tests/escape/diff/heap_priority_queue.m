heap_priority_queue.go:18:7: pq does not escape
heap_priority_queue.go:20:7: pq does not escape
heap_priority_queue.go:24:7: pq does not escape
heap_priority_queue.go:25:15: PriorityQueue.Swap ignoring self-assignment in pq[i], pq[j] = pq[j], pq[i]
heap_priority_queue.go:25:15: PriorityQueue.Swap ignoring self-assignment in pq[i], pq[j] = pq[j], pq[i]
heap_priority_queue.go:30:31: leaking param: x
heap_priority_queue.go:30:7: leaking param content: pq
heap_priority_queue.go:37:7: leaking param content: pq
heap_priority_queue.go:47:33: item does not escape
heap_priority_queue.go:47:45: leaking param: value
heap_priority_queue.go:47:7: leaking param: pq
heap_priority_queue.go:54:25: map[string]int{...} does not escape
heap_priority_queue.go:57:12: make(PriorityQueue, len(items)) escapes to heap
heap_priority_queue.go:57:2: moved to heap: pq
heap_priority_queue.go:59:31: []string{...} does not escape
heap_priority_queue.go:60:11: &Item{...} escapes to heap
heap_priority_queue.go:64:10: &Item{...} escapes to heap
heap_priority_queue.go:69:13: ... argument does not escape
heap_priority_queue.go:69:30: item.priority escapes to heap
heap_priority_queue.go:69:45: item.value escapes to heap
