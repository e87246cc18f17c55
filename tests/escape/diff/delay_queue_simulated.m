delay_queue_simulated.go:20:7: q does not escape
delay_queue_simulated.go:21:7: q does not escape
delay_queue_simulated.go:27:50: queue.Swap ignoring self-assignment in q[i], q[j] = q[j], q[i]
delay_queue_simulated.go:27:50: queue.Swap ignoring self-assignment in q[i], q[j] = q[j], q[i]
delay_queue_simulated.go:27:7: q does not escape
delay_queue_simulated.go:28:22: leaking param: x
delay_queue_simulated.go:28:7: leaking param content: q
delay_queue_simulated.go:29:7: leaking param content: q
delay_queue_simulated.go:37:13: queue{} escapes to heap
delay_queue_simulated.go:37:7: &queue{} escapes to heap
delay_queue_simulated.go:39:22: leaking param: name
delay_queue_simulated.go:39:9: func literal does not escape
delay_queue_simulated.go:41:16: &task{...} escapes to heap
delay_queue_simulated.go:51:13: ... argument does not escape
delay_queue_simulated.go:51:14: clock escapes to heap
delay_queue_simulated.go:51:40: t.name escapes to heap
delay_queue_simulated.go:56:13: ... argument does not escape
delay_queue_simulated.go:56:14: "pending:" escapes to heap
delay_queue_simulated.go:56:31: queue.Len(q) escapes to heap
delay_queue_simulated.go:56:35: "clock:" escapes to heap
delay_queue_simulated.go:56:35: clock escapes to heap
