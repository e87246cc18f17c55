stack_queue_slices.go:12:9: (*IntStack).Pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
stack_queue_slices.go:18:25: leaking param: s
stack_queue_slices.go:18:6: can inline (*Queue).Enqueue
stack_queue_slices.go:18:7: leaking param content: q
stack_queue_slices.go:19:6: can inline (*Queue).Dequeue
stack_queue_slices.go:19:7: leaking param: q to result ~r0 level=2
stack_queue_slices.go:21:10: (*Queue).Dequeue ignoring self-assignment in q.items = q.items[1:]
stack_queue_slices.go:24:6: can inline (*Queue).Empty
stack_queue_slices.go:24:7: q does not escape
stack_queue_slices.go:26:15: s does not escape
stack_queue_slices.go:28:24: map[rune]rune{...} does not escape
stack_queue_slices.go:32:11: inlining call to (*IntStack).Push
stack_queue_slices.go:34:19: balanced ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
stack_queue_slices.go:34:19: inlining call to (*IntStack).Pop
stack_queue_slices.go:40:19: balanced ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
stack_queue_slices.go:40:19: inlining call to (*IntStack).Pop
stack_queue_slices.go:47:9: inlining call to (*IntStack).Push
stack_queue_slices.go:50:17: inlining call to (*IntStack).Pop
stack_queue_slices.go:50:17: main ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
stack_queue_slices.go:57:7: &Queue{} does not escape
stack_queue_slices.go:58:28: []string{...} does not escape
stack_queue_slices.go:59:12: inlining call to (*Queue).Enqueue
stack_queue_slices.go:61:11: inlining call to (*Queue).Enqueue
stack_queue_slices.go:61:21: inlining call to (*Queue).Dequeue
stack_queue_slices.go:61:21: main ignoring self-assignment in q.items = q.items[1:]
stack_queue_slices.go:62:14: inlining call to (*Queue).Empty
stack_queue_slices.go:63:18: inlining call to (*Queue).Dequeue
stack_queue_slices.go:63:18: main ignoring self-assignment in q.items = q.items[1:]
stack_queue_slices.go:66:28: []string{...} does not escape
stack_queue_slices.go:6:6: can inline (*IntStack).Push
stack_queue_slices.go:6:7: leaking param content: s
stack_queue_slices.go:7:6: can inline (*IntStack).Pop
stack_queue_slices.go:7:7: s does not escape
