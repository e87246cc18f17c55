sort_interface_custom.go:21:7: s does not escape
sort_interface_custom.go:22:73: (*planetSorter).Swap ignoring self-assignment in s.planets[i], s.planets[j] = s.planets[j], s.planets[i]
sort_interface_custom.go:22:73: (*planetSorter).Swap ignoring self-assignment in s.planets[i], s.planets[j] = s.planets[j], s.planets[i]
sort_interface_custom.go:22:7: s does not escape
sort_interface_custom.go:23:7: leaking param content: s
sort_interface_custom.go:25:19: leaking param: ps
sort_interface_custom.go:25:44: &planetSorter{...} escapes to heap
sort_interface_custom.go:25:7: leaking param: by
sort_interface_custom.go:29:7: b does not escape
sort_interface_custom.go:30:7: b does not escape
sort_interface_custom.go:31:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
sort_interface_custom.go:31:49: byLen.Swap ignoring self-assignment in b[i], b[j] = b[j], b[i]
sort_interface_custom.go:31:7: b does not escape
sort_interface_custom.go:34:16: []Planet{...} escapes to heap
sort_interface_custom.go:37:10: a does not escape
sort_interface_custom.go:37:13: b does not escape
sort_interface_custom.go:37:5: func literal escapes to heap
sort_interface_custom.go:38:13: ... argument does not escape
sort_interface_custom.go:38:14: "by name:" escapes to heap
sort_interface_custom.go:38:14: ps escapes to heap
sort_interface_custom.go:39:10: a does not escape
sort_interface_custom.go:39:13: b does not escape
sort_interface_custom.go:39:5: func literal escapes to heap
sort_interface_custom.go:40:13: ... argument does not escape
sort_interface_custom.go:40:14: "by mass:" escapes to heap
sort_interface_custom.go:40:14: ps escapes to heap
sort_interface_custom.go:41:10: a does not escape
sort_interface_custom.go:41:13: b does not escape
sort_interface_custom.go:41:5: func literal escapes to heap
sort_interface_custom.go:42:13: ... argument does not escape
sort_interface_custom.go:42:14: "by dist desc:" escapes to heap
sort_interface_custom.go:42:14: ps escapes to heap
sort_interface_custom.go:43:16: byLen{...} escapes to heap
sort_interface_custom.go:44:13: words escapes to heap
sort_interface_custom.go:45:13: ... argument does not escape
sort_interface_custom.go:45:13: words escapes to heap
sort_interface_custom.go:45:34: sort.IsSorted(words) escapes to heap
sort_interface_custom.go:45:34: words escapes to heap
