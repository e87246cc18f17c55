strings_pkg_basics.go:11:12: ... argument does not escape
strings_pkg_basics.go:11:12: inlining call to fmt.Printf
strings_pkg_basics.go:11:13: t escapes to heap
strings_pkg_basics.go:12:13: ... argument does not escape
strings_pkg_basics.go:12:13: inlining call to fmt.Println
strings_pkg_basics.go:12:28: strings.Fields(t) escapes to heap
strings_pkg_basics.go:13:13: ... argument does not escape
strings_pkg_basics.go:13:13: inlining call to fmt.Println
strings_pkg_basics.go:13:27: inlining call to strings.Split
strings_pkg_basics.go:13:27: ~R0 escapes to heap
strings_pkg_basics.go:13:47: len(~R0) escapes to heap
strings_pkg_basics.go:13:61: inlining call to strings.Split
strings_pkg_basics.go:14:13: ... argument does not escape
strings_pkg_basics.go:14:13: inlining call to fmt.Println
strings_pkg_basics.go:14:26: strings.Join([]string{...}, "-") escapes to heap
strings_pkg_basics.go:14:35: []string{...} does not escape
strings_pkg_basics.go:15:13: ... argument does not escape
strings_pkg_basics.go:15:13: inlining call to fmt.Println
strings_pkg_basics.go:15:30: inlining call to strings.Contains
strings_pkg_basics.go:15:30: ~R0 escapes to heap
strings_pkg_basics.go:15:55: strings.Index(t, "o") escapes to heap
strings_pkg_basics.go:15:82: strings.LastIndex(t, "o") escapes to heap
strings_pkg_basics.go:16:13: ... argument does not escape
strings_pkg_basics.go:16:13: inlining call to fmt.Println
strings_pkg_basics.go:16:31: inlining call to strings.HasPrefix
strings_pkg_basics.go:16:31: ~R0 escapes to heap
strings_pkg_basics.go:16:60: inlining call to strings.HasSuffix
strings_pkg_basics.go:16:60: ~R0 escapes to heap
strings_pkg_basics.go:17:13: ... argument does not escape
strings_pkg_basics.go:17:13: inlining call to fmt.Println
strings_pkg_basics.go:17:29: strings.ToUpper("héllo") escapes to heap
strings_pkg_basics.go:17:56: strings.ToLower("WORLD") escapes to heap
strings_pkg_basics.go:18:13: ... argument does not escape
strings_pkg_basics.go:18:13: inlining call to fmt.Println
strings_pkg_basics.go:18:28: strings.Repeat("ab", 3) escapes to heap
strings_pkg_basics.go:18:54: strings.Replace("aaaa", "a", "b", 2) escapes to heap
strings_pkg_basics.go:18:95: inlining call to strings.ReplaceAll
strings_pkg_basics.go:18:95: ~R0 escapes to heap
strings_pkg_basics.go:19:13: ... argument does not escape
strings_pkg_basics.go:19:13: inlining call to fmt.Println
strings_pkg_basics.go:19:27: strings.Count("cheese", "e") escapes to heap
strings_pkg_basics.go:19:57: strings.Count("five", "") escapes to heap
strings_pkg_basics.go:20:13: ... argument does not escape
strings_pkg_basics.go:20:13: inlining call to fmt.Println
strings_pkg_basics.go:20:27: strings.Title("x") escapes to heap
strings_pkg_basics.go:20:50: strings.TrimLeft("xxabcxx", "x") escapes to heap
strings_pkg_basics.go:20:86: inlining call to strings.HasSuffix
strings_pkg_basics.go:20:86: inlining call to strings.TrimSuffix
strings_pkg_basics.go:20:86: ~R0 escapes to heap
strings_pkg_basics.go:21:6: moved to heap: sb
strings_pkg_basics.go:23:14: ... argument does not escape
strings_pkg_basics.go:23:20: i escapes to heap
strings_pkg_basics.go:25:16: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
strings_pkg_basics.go:25:16: inlining call to strings.(*Builder).WriteString
strings_pkg_basics.go:25:16: inlining call to strings.(*Builder).copyCheck
strings_pkg_basics.go:25:16: inlining call to strings.noescape
strings_pkg_basics.go:26:14: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
strings_pkg_basics.go:26:14: inlining call to strings.(*Builder).WriteByte
strings_pkg_basics.go:26:14: inlining call to strings.(*Builder).copyCheck
strings_pkg_basics.go:26:14: inlining call to strings.noescape
strings_pkg_basics.go:27:13: ... argument does not escape
strings_pkg_basics.go:27:13: inlining call to fmt.Println
strings_pkg_basics.go:27:23: inlining call to strings.(*Builder).String
strings_pkg_basics.go:27:23: ~R0 escapes to heap
strings_pkg_basics.go:27:33: inlining call to strings.(*Builder).Len
strings_pkg_basics.go:27:33: ~R0 escapes to heap
strings_pkg_basics.go:28:13: ... argument does not escape
strings_pkg_basics.go:28:13: inlining call to fmt.Println
strings_pkg_basics.go:28:31: strings.EqualFold("Go", "GO") escapes to heap
strings_pkg_basics.go:28:62: inlining call to strings.IndexByte
strings_pkg_basics.go:28:62: ~R0 escapes to heap
strings_pkg_basics.go:28:93: strings.IndexRune("chicken", 'k') escapes to heap
strings_pkg_basics.go:30:13: ... argument does not escape
strings_pkg_basics.go:30:13: after escapes to heap
strings_pkg_basics.go:30:13: before escapes to heap
strings_pkg_basics.go:30:13: found escapes to heap
strings_pkg_basics.go:30:13: inlining call to fmt.Println
strings_pkg_basics.go:31:13: ... argument does not escape
strings_pkg_basics.go:31:13: inlining call to fmt.Println
strings_pkg_basics.go:31:25: strings.Map(func literal, "banana") escapes to heap
strings_pkg_basics.go:31:26: can inline main.func1
strings_pkg_basics.go:31:26: func literal does not escape
