strings_pkg_basics.go:11:12: ... argument does not escape
strings_pkg_basics.go:11:13: t escapes to heap
strings_pkg_basics.go:12:13: ... argument does not escape
strings_pkg_basics.go:12:28: strings.Fields(t) escapes to heap
strings_pkg_basics.go:13:13: ... argument does not escape
strings_pkg_basics.go:13:27: strings.Split("a,b,,c", ",") escapes to heap
strings_pkg_basics.go:13:47: len(strings.Split("a,b,,c", ",")) escapes to heap
strings_pkg_basics.go:14:13: ... argument does not escape
strings_pkg_basics.go:14:26: strings.Join([]string{...}, "-") escapes to heap
strings_pkg_basics.go:14:35: []string{...} does not escape
strings_pkg_basics.go:15:13: ... argument does not escape
strings_pkg_basics.go:15:30: strings.Contains(t, "fox") escapes to heap
strings_pkg_basics.go:15:55: strings.Index(t, "o") escapes to heap
strings_pkg_basics.go:15:82: strings.LastIndex(t, "o") escapes to heap
strings_pkg_basics.go:16:13: ... argument does not escape
strings_pkg_basics.go:16:31: strings.HasPrefix(t, "The") escapes to heap
strings_pkg_basics.go:16:60: strings.HasSuffix(t, "dog") escapes to heap
strings_pkg_basics.go:17:13: ... argument does not escape
strings_pkg_basics.go:17:29: strings.ToUpper("héllo") escapes to heap
strings_pkg_basics.go:17:56: strings.ToLower("WORLD") escapes to heap
strings_pkg_basics.go:18:13: ... argument does not escape
strings_pkg_basics.go:18:28: strings.Repeat("ab", 3) escapes to heap
strings_pkg_basics.go:18:54: strings.Replace("aaaa", "a", "b", 2) escapes to heap
strings_pkg_basics.go:18:95: strings.ReplaceAll("aaaa", "a", "c") escapes to heap
strings_pkg_basics.go:19:13: ... argument does not escape
strings_pkg_basics.go:19:27: strings.Count("cheese", "e") escapes to heap
strings_pkg_basics.go:19:57: strings.Count("five", "") escapes to heap
strings_pkg_basics.go:20:13: ... argument does not escape
strings_pkg_basics.go:20:27: strings.Title("x") escapes to heap
strings_pkg_basics.go:20:50: strings.TrimLeft("xxabcxx", "x") escapes to heap
strings_pkg_basics.go:20:86: strings.TrimSuffix("file.go", ".go") escapes to heap
strings_pkg_basics.go:21:6: moved to heap: sb
strings_pkg_basics.go:23:14: ... argument does not escape
strings_pkg_basics.go:23:20: i escapes to heap
strings_pkg_basics.go:27:13: ... argument does not escape
strings_pkg_basics.go:27:23: (*strings.Builder).String(sb) escapes to heap
strings_pkg_basics.go:27:33: (*strings.Builder).Len(sb) escapes to heap
strings_pkg_basics.go:28:13: ... argument does not escape
strings_pkg_basics.go:28:31: strings.EqualFold("Go", "GO") escapes to heap
strings_pkg_basics.go:28:62: strings.IndexByte("abc", 'c') escapes to heap
strings_pkg_basics.go:28:93: strings.IndexRune("chicken", 'k') escapes to heap
strings_pkg_basics.go:30:13: ... argument does not escape
strings_pkg_basics.go:30:13: after escapes to heap
strings_pkg_basics.go:30:13: before escapes to heap
strings_pkg_basics.go:30:13: found escapes to heap
strings_pkg_basics.go:31:13: ... argument does not escape
strings_pkg_basics.go:31:25: strings.Map(func literal, "banana") escapes to heap
strings_pkg_basics.go:31:26: func literal does not escape
