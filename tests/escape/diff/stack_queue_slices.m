stack_queue_slices.go:12:9: (*IntStack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
stack_queue_slices.go:18:25: leaking param: s
stack_queue_slices.go:18:7: leaking param content: q
stack_queue_slices.go:19:7: leaking param: q to result ~r0 level=2
stack_queue_slices.go:21:10: (*Queue).Dequeue ignoring self-assignment in q.items = q.items[1:]
stack_queue_slices.go:24:7: q does not escape
stack_queue_slices.go:26:15: s does not escape
stack_queue_slices.go:28:24: map[rune]rune{...} does not escape
stack_queue_slices.go:57:7: &Queue{} does not escape
stack_queue_slices.go:58:28: []string{...} does not escape
stack_queue_slices.go:66:28: []string{...} does not escape
stack_queue_slices.go:6:7: leaking param content: s
stack_queue_slices.go:7:7: s does not escape
