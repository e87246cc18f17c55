defer_recover_repanic.go:11:7: "original" escapes to heap
defer_recover_repanic.go:15:8: func literal does not escape
defer_recover_repanic.go:17:20: ... argument does not escape
defer_recover_repanic.go:17:21: "outer recovered: " escapes to heap
defer_recover_repanic.go:25:8: func literal does not escape
defer_recover_repanic.go:26:14: ... argument does not escape
defer_recover_repanic.go:26:14: inlining call to fmt.Println
defer_recover_repanic.go:26:15: "recover with no panic:" escapes to heap
defer_recover_repanic.go:31:13: ... argument does not escape
defer_recover_repanic.go:31:13: inlining call to fmt.Println
defer_recover_repanic.go:31:19: outer() escapes to heap
defer_recover_repanic.go:33:2: func literal does not escape
defer_recover_repanic.go:34:29: ... argument does not escape
defer_recover_repanic.go:34:29: inlining call to fmt.Println
defer_recover_repanic.go:34:30: "second recover:" escapes to heap
defer_recover_repanic.go:34:9: func literal does not escape
defer_recover_repanic.go:35:29: ... argument does not escape
defer_recover_repanic.go:35:29: inlining call to fmt.Println
defer_recover_repanic.go:35:30: "first recover:" escapes to heap
defer_recover_repanic.go:35:9: func literal does not escape
defer_recover_repanic.go:36:8: 42 escapes to heap
defer_recover_repanic.go:38:13: ... argument does not escape
defer_recover_repanic.go:38:13: inlining call to fmt.Println
defer_recover_repanic.go:38:14: "main continues" escapes to heap
defer_recover_repanic.go:6:8: func literal does not escape
defer_recover_repanic.go:8:14: ... argument does not escape
defer_recover_repanic.go:8:14: inlining call to fmt.Println
defer_recover_repanic.go:8:15: "inner recovered:" escapes to heap
defer_recover_repanic.go:9:20: ... argument does not escape
defer_recover_repanic.go:9:20: fmt.Sprintf("re-panic of [%v]", ... argument...) escapes to heap
