opassign_eval_order.go:10:25: map[int]float64{} escapes to heap
opassign_eval_order.go:14:6: can inline setM
opassign_eval_order.go:15:6: can inline setA
opassign_eval_order.go:16:6: can inline setX
opassign_eval_order.go:17:32: ... argument does not escape
opassign_eval_order.go:17:32: inlining call to fmt.Println
opassign_eval_order.go:17:33: "key" escapes to heap
opassign_eval_order.go:17:6: can inline key
opassign_eval_order.go:18:32: ... argument does not escape
opassign_eval_order.go:18:32: inlining call to fmt.Println
opassign_eval_order.go:18:33: "val" escapes to heap
opassign_eval_order.go:18:6: can inline val
opassign_eval_order.go:21:16: inlining call to setM
opassign_eval_order.go:22:14: inlining call to setA
opassign_eval_order.go:23:11: inlining call to setX
opassign_eval_order.go:24:13: ... argument does not escape
opassign_eval_order.go:24:13: inlining call to fmt.Println
opassign_eval_order.go:24:15: m["k"] escapes to heap
opassign_eval_order.go:24:23: a[1] escapes to heap
opassign_eval_order.go:24:23: x escapes to heap
opassign_eval_order.go:26:17: "val" escapes to heap
opassign_eval_order.go:26:17: ... argument does not escape
opassign_eval_order.go:26:17: inlining call to fmt.Println
opassign_eval_order.go:26:17: inlining call to val
opassign_eval_order.go:26:7: "key" escapes to heap
opassign_eval_order.go:26:7: ... argument does not escape
opassign_eval_order.go:26:7: inlining call to fmt.Println
opassign_eval_order.go:26:7: inlining call to key
opassign_eval_order.go:27:13: ... argument does not escape
opassign_eval_order.go:27:13: inlining call to fmt.Println
opassign_eval_order.go:27:15: m["k"] escapes to heap
opassign_eval_order.go:38:13: ... argument does not escape
opassign_eval_order.go:38:13: inlining call to fmt.Println
opassign_eval_order.go:38:15: m["n"] escapes to heap
opassign_eval_order.go:38:23: m["z"] escapes to heap
opassign_eval_order.go:38:33: len(m) escapes to heap
opassign_eval_order.go:43:13: ... argument does not escape
opassign_eval_order.go:43:13: inlining call to fmt.Println
opassign_eval_order.go:43:16: fm[1] escapes to heap
opassign_eval_order.go:43:23: fm[2] escapes to heap
opassign_eval_order.go:43:31: len(fm) escapes to heap
opassign_eval_order.go:45:8: func literal does not escape
opassign_eval_order.go:46:14: ... argument does not escape
opassign_eval_order.go:46:14: inlining call to fmt.Println
opassign_eval_order.go:46:15: "recovered:" escapes to heap
opassign_eval_order.go:46:43: len(m) escapes to heap
opassign_eval_order.go:48:14: ... argument does not escape
opassign_eval_order.go:48:14: inlining call to fmt.Println
opassign_eval_order.go:48:15: "d present:" escapes to heap
opassign_eval_order.go:48:15: ok escapes to heap
opassign_eval_order.go:9:23: map[string]int{} escapes to heap
