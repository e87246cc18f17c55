nil_check_dead_deref.go:17:7: t does not escape
nil_check_dead_deref.go:21:10: leaking param: name
nil_check_dead_deref.go:21:23: f does not escape
nil_check_dead_deref.go:22:8: func literal does not escape
nil_check_dead_deref.go:23:13: ... argument does not escape
nil_check_dead_deref.go:23:14: name escapes to heap
nil_check_dead_deref.go:32:17: func literal does not escape
nil_check_dead_deref.go:33:17: func literal does not escape
nil_check_dead_deref.go:34:14: func literal does not escape
nil_check_dead_deref.go:35:17: func literal does not escape
nil_check_dead_deref.go:36:17: func literal does not escape
nil_check_dead_deref.go:37:17: func literal does not escape
nil_check_dead_deref.go:38:19: func literal does not escape
nil_check_dead_deref.go:39:15: func literal does not escape
nil_check_dead_deref.go:40:19: func literal does not escape
nil_check_dead_deref.go:41:17: func literal does not escape
nil_check_dead_deref.go:41:32: p.Value does not escape
nil_check_dead_deref.go:42:21: func literal does not escape
nil_check_dead_deref.go:43:18: func literal does not escape
nil_check_dead_deref.go:48:21: func literal does not escape
nil_check_dead_deref.go:48:41: ... argument does not escape
nil_check_dead_deref.go:48:51: (*T).Pointer(p) escapes to heap
nil_check_dead_deref.go:49:23: func literal does not escape
nil_check_dead_deref.go:54:14: ... argument does not escape
nil_check_dead_deref.go:54:14: n escapes to heap
nil_check_dead_deref.go:56:7: &T{...} does not escape
nil_check_dead_deref.go:57:13: func literal does not escape
nil_check_dead_deref.go:57:33: ... argument does not escape
nil_check_dead_deref.go:57:35: t.x escapes to heap
nil_check_dead_deref.go:57:46: T.Value(t) escapes to heap
