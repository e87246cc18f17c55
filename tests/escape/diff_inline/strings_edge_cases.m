strings_edge_cases.go:10:12: ... argument does not escape
strings_edge_cases.go:10:12: inlining call to fmt.Printf
strings_edge_cases.go:10:34: inlining call to strings.Split
strings_edge_cases.go:10:34: ~R0 escapes to heap
strings_edge_cases.go:11:12: ... argument does not escape
strings_edge_cases.go:11:12: inlining call to fmt.Printf
strings_edge_cases.go:11:35: inlining call to strings.SplitN
strings_edge_cases.go:11:35: ~R0 escapes to heap
strings_edge_cases.go:12:12: ... argument does not escape
strings_edge_cases.go:12:12: inlining call to fmt.Printf
strings_edge_cases.go:12:39: inlining call to strings.SplitAfter
strings_edge_cases.go:12:39: ~R0 escapes to heap
strings_edge_cases.go:13:12: ... argument does not escape
strings_edge_cases.go:13:12: inlining call to fmt.Printf
strings_edge_cases.go:13:35: strings.Fields("  \t\n ") escapes to heap
strings_edge_cases.go:14:12: ... argument does not escape
strings_edge_cases.go:14:12: inlining call to fmt.Printf
strings_edge_cases.go:14:35: strings.Fields(" a\u00a0b  c ") escapes to heap
strings_edge_cases.go:15:13: ... argument does not escape
strings_edge_cases.go:15:13: inlining call to fmt.Println
strings_edge_cases.go:15:27: strings.Index("", "") escapes to heap
strings_edge_cases.go:15:50: strings.Index("abc", "") escapes to heap
strings_edge_cases.go:15:76: strings.Index("abc", "d") escapes to heap
strings_edge_cases.go:16:13: ... argument does not escape
strings_edge_cases.go:16:13: inlining call to fmt.Println
strings_edge_cases.go:16:30: inlining call to strings.Contains
strings_edge_cases.go:16:30: ~R0 escapes to heap
strings_edge_cases.go:16:59: inlining call to strings.ContainsAny
strings_edge_cases.go:16:59: ~R0 escapes to heap
strings_edge_cases.go:16:97: inlining call to strings.ContainsRune
strings_edge_cases.go:16:97: ~R0 escapes to heap
strings_edge_cases.go:17:12: ... argument does not escape
strings_edge_cases.go:17:12: inlining call to fmt.Printf
strings_edge_cases.go:17:36: strings.Trim("xxhixx", "x") escapes to heap
strings_edge_cases.go:17:69: strings.TrimFunc("123abc456", func literal) escapes to heap
strings_edge_cases.go:17:83: can inline main.func1
strings_edge_cases.go:17:83: func literal does not escape
strings_edge_cases.go:18:13: ... argument does not escape
strings_edge_cases.go:18:13: inlining call to fmt.Println
strings_edge_cases.go:18:29: inlining call to strings.Compare
strings_edge_cases.go:18:29: ~R0 escapes to heap
strings_edge_cases.go:18:56: inlining call to strings.Compare
strings_edge_cases.go:18:56: ~R0 escapes to heap
strings_edge_cases.go:18:83: inlining call to strings.Compare
strings_edge_cases.go:18:83: ~R0 escapes to heap
strings_edge_cases.go:19:12: ... argument does not escape
strings_edge_cases.go:19:12: inlining call to fmt.Printf
strings_edge_cases.go:19:35: strings.Repeat("-", 0) escapes to heap
strings_edge_cases.go:20:13: ... argument does not escape
strings_edge_cases.go:20:13: inlining call to fmt.Println
strings_edge_cases.go:20:27: strings.Title("hello wide world") escapes to heap
strings_edge_cases.go:20:64: inlining call to strings.ToTitle
strings_edge_cases.go:20:64: ~R0 escapes to heap
strings_edge_cases.go:21:26: &strings.Replacer{...} escapes to heap
strings_edge_cases.go:21:26: (interface {})(string("strings.NewReplacer: odd argument count")) escapes to heap
strings_edge_cases.go:21:26: ... argument does not escape
strings_edge_cases.go:21:26: inlining call to strings.NewReplacer
strings_edge_cases.go:22:13: ... argument does not escape
strings_edge_cases.go:22:13: inlining call to fmt.Println
strings_edge_cases.go:22:23: (*strings.Replacer).Replace(r, "<a>b</a>") escapes to heap
strings_edge_cases.go:23:102: strings.IndexFunc("abc1", func literal) escapes to heap
strings_edge_cases.go:23:111: can inline main.func2
strings_edge_cases.go:23:111: func literal does not escape
strings_edge_cases.go:23:13: ... argument does not escape
strings_edge_cases.go:23:13: inlining call to fmt.Println
strings_edge_cases.go:23:35: inlining call to strings.LastIndexByte
strings_edge_cases.go:23:35: ~R0 escapes to heap
strings_edge_cases.go:23:67: strings.IndexAny("golang", "ny") escapes to heap
strings_edge_cases.go:24:12: ... argument does not escape
strings_edge_cases.go:24:12: inlining call to fmt.Printf
strings_edge_cases.go:24:39: inlining call to strings.HasPrefix
strings_edge_cases.go:24:39: inlining call to strings.TrimPrefix
strings_edge_cases.go:24:39: ~R0 escapes to heap
strings_edge_cases.go:9:12: ... argument does not escape
strings_edge_cases.go:9:12: inlining call to fmt.Printf
strings_edge_cases.go:9:34: inlining call to strings.Split
strings_edge_cases.go:9:34: ~R0 escapes to heap
