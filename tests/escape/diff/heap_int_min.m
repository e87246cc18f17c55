heap_int_min.go:10:7: h does not escape
heap_int_min.go:11:7: h does not escape
heap_int_min.go:12:52: IntHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
heap_int_min.go:12:52: IntHeap.Swap ignoring self-assignment in h[i], h[j] = h[j], h[i]
heap_int_min.go:12:7: h does not escape
heap_int_min.go:13:24: x does not escape
heap_int_min.go:13:7: leaking param content: h
heap_int_min.go:14:7: leaking param content: h
heap_int_min.go:19:9: x escapes to heap
heap_int_min.go:23:15: IntHeap{...} escapes to heap
heap_int_min.go:23:7: &IntHeap{...} escapes to heap
heap_int_min.go:25:15: 3 escapes to heap
heap_int_min.go:26:15: 1 escapes to heap
heap_int_min.go:27:12: ... argument does not escape
heap_int_min.go:27:42: (*h)[0] escapes to heap
heap_int_min.go:27:52: IntHeap.Len(h) escapes to heap
heap_int_min.go:29:13: ... argument does not escape
heap_int_min.go:29:14: "removed" escapes to heap
heap_int_min.go:31:13: ... argument does not escape
heap_int_min.go:34:17: IntHeap{} escapes to heap
heap_int_min.go:34:9: &IntHeap{} escapes to heap
heap_int_min.go:38:12: x escapes to heap
heap_int_min.go:44:13: ... argument does not escape
heap_int_min.go:44:13: sorted escapes to heap
