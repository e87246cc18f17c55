opassign_eval_order.go:10:25: map[int]float64{} escapes to heap
opassign_eval_order.go:17:32: ... argument does not escape
opassign_eval_order.go:17:33: "key" escapes to heap
opassign_eval_order.go:18:32: ... argument does not escape
opassign_eval_order.go:18:33: "val" escapes to heap
opassign_eval_order.go:24:13: ... argument does not escape
opassign_eval_order.go:24:15: m["k"] escapes to heap
opassign_eval_order.go:24:23: a[1] escapes to heap
opassign_eval_order.go:24:23: x escapes to heap
opassign_eval_order.go:27:13: ... argument does not escape
opassign_eval_order.go:27:15: m["k"] escapes to heap
opassign_eval_order.go:38:13: ... argument does not escape
opassign_eval_order.go:38:15: m["n"] escapes to heap
opassign_eval_order.go:38:23: m["z"] escapes to heap
opassign_eval_order.go:38:33: len(m) escapes to heap
opassign_eval_order.go:43:13: ... argument does not escape
opassign_eval_order.go:43:16: fm[1] escapes to heap
opassign_eval_order.go:43:23: fm[2] escapes to heap
opassign_eval_order.go:43:31: len(fm) escapes to heap
opassign_eval_order.go:45:8: func literal does not escape
opassign_eval_order.go:46:14: ... argument does not escape
opassign_eval_order.go:46:15: "recovered:" escapes to heap
opassign_eval_order.go:46:43: len(m) escapes to heap
opassign_eval_order.go:48:14: ... argument does not escape
opassign_eval_order.go:48:15: "d present:" escapes to heap
opassign_eval_order.go:48:15: ok escapes to heap
opassign_eval_order.go:9:23: map[string]int{} escapes to heap
