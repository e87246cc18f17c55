allocs_strings.go:101:57: inlining call to mallocs
allocs_strings.go:102:16: inlining call to strings.(*Builder).String
allocs_strings.go:103:15: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
allocs_strings.go:103:15: inlining call to strings.(*Builder).WriteString
allocs_strings.go:103:15: inlining call to strings.(*Builder).copyCheck
allocs_strings.go:103:15: inlining call to strings.noescape
allocs_strings.go:104:16: inlining call to strings.(*Builder).String
allocs_strings.go:105:9: inlining call to strings.(*Builder).Reset
allocs_strings.go:106:13: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
allocs_strings.go:106:13: inlining call to strings.(*Builder).WriteByte
allocs_strings.go:106:13: inlining call to strings.(*Builder).copyCheck
allocs_strings.go:106:13: inlining call to strings.noescape
allocs_strings.go:107:13: ... argument does not escape
allocs_strings.go:107:13: inlining call to fmt.Println
allocs_strings.go:107:13: s1 escapes to heap
allocs_strings.go:107:13: s2 escapes to heap
allocs_strings.go:107:30: inlining call to strings.(*Builder).String
allocs_strings.go:107:30: ~R0 escapes to heap
allocs_strings.go:107:37: len(s2) escapes to heap
allocs_strings.go:107:48: inlining call to strings.(*Builder).Len
allocs_strings.go:107:48: ~R0 escapes to heap
allocs_strings.go:18:6: can inline mallocs
allocs_strings.go:24:12: leaking param: what
allocs_strings.go:26:14: ... argument does not escape
allocs_strings.go:26:14: inlining call to fmt.Println
allocs_strings.go:26:14: what escapes to heap
allocs_strings.go:26:21: "ok" escapes to heap
allocs_strings.go:28:14: ... argument does not escape
allocs_strings.go:28:14: inlining call to fmt.Println
allocs_strings.go:28:14: what escapes to heap
allocs_strings.go:28:21: "got" escapes to heap
allocs_strings.go:28:21: got escapes to heap
allocs_strings.go:28:33: "allocations, want" escapes to heap
allocs_strings.go:28:33: want escapes to heap
allocs_strings.go:34:13: make([]string, 0, 4 * n) escapes to heap
allocs_strings.go:35:19: []string{...} does not escape
allocs_strings.go:37:19: inlining call to mallocs
allocs_strings.go:40:40: a + "-" + b + "-" + c + "-" + d escapes to heap
allocs_strings.go:42:66: inlining call to mallocs
allocs_strings.go:43:13: ... argument does not escape
allocs_strings.go:43:13: inlining call to fmt.Println
allocs_strings.go:43:18: sink[0] escapes to heap
allocs_strings.go:43:27: sink[1] escapes to heap
allocs_strings.go:43:36: sink[n - 1] escapes to heap
allocs_strings.go:46:18: inlining call to mallocs
allocs_strings.go:48:25: parts[i % 4] + "/" + parts[(i + 1) % 4] does not escape
allocs_strings.go:51:79: inlining call to mallocs
allocs_strings.go:52:18: inlining call to mallocs
allocs_strings.go:55:21: parts[i % 4] + "/" + parts[(i + 1) % 4] + "/" + parts[(i + 2) % 4] + "/" + parts[(i + 3) % 4] + "/" + parts[i % 4] + "/" + parts[(i + 1) % 4] does not escape
allocs_strings.go:58:79: inlining call to mallocs
allocs_strings.go:59:13: ... argument does not escape
allocs_strings.go:59:13: inlining call to fmt.Println
allocs_strings.go:59:13: total escapes to heap
allocs_strings.go:64:25: parts[i % 4] + ":" + parts[(i + 1) % 4] escapes to heap
allocs_strings.go:65:12: ... argument does not escape
allocs_strings.go:65:12: inlining call to fmt.Print
allocs_strings.go:65:12: prev escapes to heap
allocs_strings.go:65:19: "|" escapes to heap
allocs_strings.go:65:19: s escapes to heap
allocs_strings.go:65:27: " " escapes to heap
allocs_strings.go:68:13: inlining call to fmt.Println
allocs_strings.go:69:24: map[string]int{} escapes to heap
allocs_strings.go:71:11: "k" + parts[i % 4] escapes to heap
allocs_strings.go:73:13: ... argument does not escape
allocs_strings.go:73:13: inlining call to fmt.Println
allocs_strings.go:76:18: inlining call to mallocs
allocs_strings.go:78:35: inlining call to strconv.Itoa
allocs_strings.go:80:54: inlining call to mallocs
allocs_strings.go:81:13: ... argument does not escape
allocs_strings.go:81:13: inlining call to fmt.Println
allocs_strings.go:81:26: strings.Join(sink[:12], ",") escapes to heap
allocs_strings.go:81:48: sink[99] escapes to heap
allocs_strings.go:84:18: inlining call to mallocs
allocs_strings.go:86:35: inlining call to strconv.Itoa
allocs_strings.go:88:58: inlining call to mallocs
allocs_strings.go:89:13: ... argument does not escape
allocs_strings.go:89:13: inlining call to fmt.Println
allocs_strings.go:89:18: sink[0] escapes to heap
allocs_strings.go:89:27: sink[1] escapes to heap
allocs_strings.go:89:36: sink[n - 1] escapes to heap
allocs_strings.go:89:60: strconv.FormatInt(-100, 10) escapes to heap
allocs_strings.go:89:90: strconv.FormatUint(100, 10) escapes to heap
allocs_strings.go:90:20: strconv.FormatInt(-9223372036854775808, 10) escapes to heap
allocs_strings.go:90:66: strconv.FormatUint(18446744073709551615, 16) escapes to heap
allocs_strings.go:91:20: strconv.FormatInt(-35, 36) escapes to heap
allocs_strings.go:91:49: strconv.FormatUint(99, 10) escapes to heap
allocs_strings.go:91:76: strconv.FormatInt(5, 2) escapes to heap
allocs_strings.go:95:8: (interface {})(string("strings.Builder.Grow: negative count")) escapes to heap
allocs_strings.go:95:8: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
allocs_strings.go:95:8: inlining call to strings.(*Builder).Grow
allocs_strings.go:95:8: inlining call to strings.(*Builder).copyCheck
allocs_strings.go:95:8: inlining call to strings.(*Builder).grow
allocs_strings.go:95:8: inlining call to strings.noescape
allocs_strings.go:95:8: make([]byte, len(strings.b.buf), int(2) * cap(strings.b.buf) + strings.n) escapes to heap
allocs_strings.go:96:15: (interface {})(string("strings: illegal use of non-zero Builder copied by value")) escapes to heap
allocs_strings.go:96:15: inlining call to strings.(*Builder).WriteString
allocs_strings.go:96:15: inlining call to strings.(*Builder).copyCheck
allocs_strings.go:96:15: inlining call to strings.noescape
allocs_strings.go:97:18: inlining call to mallocs
allocs_strings.go:99:31: inlining call to strings.(*Builder).String
