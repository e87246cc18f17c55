defer_recover_not_direct.go:10:20: ... argument does not escape
defer_recover_not_direct.go:10:21: "outer caught " escapes to heap
defer_recover_not_direct.go:13:2: func literal does not escape
defer_recover_not_direct.go:14:9: func literal does not escape
defer_recover_not_direct.go:16:15: ... argument does not escape
defer_recover_not_direct.go:16:15: inlining call to fmt.Println
defer_recover_not_direct.go:16:16: "helper's recover returned:" escapes to heap
defer_recover_not_direct.go:18:8: "p1" escapes to heap
defer_recover_not_direct.go:25:7: "not recovered by deferring recover itself" escapes to heap
defer_recover_not_direct.go:29:13: ... argument does not escape
defer_recover_not_direct.go:29:13: inlining call to fmt.Println
defer_recover_not_direct.go:29:25: tryIndirect() escapes to heap
defer_recover_not_direct.go:30:2: func literal does not escape
defer_recover_not_direct.go:31:29: ... argument does not escape
defer_recover_not_direct.go:31:29: inlining call to fmt.Println
defer_recover_not_direct.go:31:30: "caught:" escapes to heap
defer_recover_not_direct.go:31:9: func literal does not escape
defer_recover_not_direct.go:8:8: func literal does not escape
