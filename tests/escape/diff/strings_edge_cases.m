strings_edge_cases.go:10:12: ... argument does not escape
strings_edge_cases.go:10:34: strings.Split("abc", "") escapes to heap
strings_edge_cases.go:11:12: ... argument does not escape
strings_edge_cases.go:11:35: strings.SplitN("a,b,c,d", ",", 2) escapes to heap
strings_edge_cases.go:12:12: ... argument does not escape
strings_edge_cases.go:12:39: strings.SplitAfter("a,b,c", ",") escapes to heap
strings_edge_cases.go:13:12: ... argument does not escape
strings_edge_cases.go:13:35: strings.Fields("  \t\n ") escapes to heap
strings_edge_cases.go:14:12: ... argument does not escape
strings_edge_cases.go:14:35: strings.Fields(" a\u00a0b  c ") escapes to heap
strings_edge_cases.go:15:13: ... argument does not escape
strings_edge_cases.go:15:27: strings.Index("", "") escapes to heap
strings_edge_cases.go:15:50: strings.Index("abc", "") escapes to heap
strings_edge_cases.go:15:76: strings.Index("abc", "d") escapes to heap
strings_edge_cases.go:16:13: ... argument does not escape
strings_edge_cases.go:16:30: strings.Contains("", "") escapes to heap
strings_edge_cases.go:16:59: strings.ContainsAny("hello", "xyz") escapes to heap
strings_edge_cases.go:16:97: strings.ContainsRune("héllo", 'é') escapes to heap
strings_edge_cases.go:17:12: ... argument does not escape
strings_edge_cases.go:17:36: strings.Trim("xxhixx", "x") escapes to heap
strings_edge_cases.go:17:69: strings.TrimFunc("123abc456", func literal) escapes to heap
strings_edge_cases.go:17:83: func literal does not escape
strings_edge_cases.go:18:13: ... argument does not escape
strings_edge_cases.go:18:29: strings.Compare("a", "b") escapes to heap
strings_edge_cases.go:18:56: strings.Compare("b", "a") escapes to heap
strings_edge_cases.go:18:83: strings.Compare("x", "x") escapes to heap
strings_edge_cases.go:19:12: ... argument does not escape
strings_edge_cases.go:19:35: strings.Repeat("-", 0) escapes to heap
strings_edge_cases.go:20:13: ... argument does not escape
strings_edge_cases.go:20:27: strings.Title("hello wide world") escapes to heap
strings_edge_cases.go:20:64: strings.ToTitle("go") escapes to heap
strings_edge_cases.go:21:26: ... argument does not escape
strings_edge_cases.go:22:13: ... argument does not escape
strings_edge_cases.go:22:23: (*strings.Replacer).Replace(r, "<a>b</a>") escapes to heap
strings_edge_cases.go:23:102: strings.IndexFunc("abc1", func literal) escapes to heap
strings_edge_cases.go:23:111: func literal does not escape
strings_edge_cases.go:23:13: ... argument does not escape
strings_edge_cases.go:23:35: strings.LastIndexByte("a/b/c", '/') escapes to heap
strings_edge_cases.go:23:67: strings.IndexAny("golang", "ny") escapes to heap
strings_edge_cases.go:24:12: ... argument does not escape
strings_edge_cases.go:24:39: strings.TrimPrefix("prefix-body", "prefix-") escapes to heap
strings_edge_cases.go:9:12: ... argument does not escape
strings_edge_cases.go:9:34: strings.Split("", ",") escapes to heap
