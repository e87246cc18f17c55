defer_variadic.go:14:23: format does not escape
defer_variadic.go:14:38: leaking param content: args
defer_variadic.go:14:7: l does not escape
defer_variadic.go:15:12: inlining call to fmt.Printf
defer_variadic.go:15:28: l.prefix + format + "\n" does not escape
defer_variadic.go:22:10: leaking param: label
defer_variadic.go:22:24: xs does not escape
defer_variadic.go:27:13: ... argument does not escape
defer_variadic.go:27:13: inlining call to fmt.Println
defer_variadic.go:27:13: label escapes to heap
defer_variadic.go:27:24: len(xs) escapes to heap
defer_variadic.go:27:24: t escapes to heap
defer_variadic.go:30:12: leaking param: where
defer_variadic.go:30:26: leaking param content: extra
defer_variadic.go:32:14: ... argument does not escape
defer_variadic.go:32:14: inlining call to fmt.Println
defer_variadic.go:32:15: "recovered in" escapes to heap
defer_variadic.go:32:15: where escapes to heap
defer_variadic.go:32:50: strings.Join(extra, "+") escapes to heap
defer_variadic.go:37:13: ... argument does not escape
defer_variadic.go:38:7: "boom" escapes to heap
defer_variadic.go:43:12: ... argument does not escape
defer_variadic.go:48:7: &logger{...} does not escape
defer_variadic.go:52:11: ... argument does not escape
defer_variadic.go:53:14: ... argument does not escape
defer_variadic.go:53:15: x escapes to heap
defer_variadic.go:53:34: "m" escapes to heap
defer_variadic.go:54:14: ... argument does not escape
defer_variadic.go:54:14: devirtualizing s.logf to *logger
defer_variadic.go:54:15: x escapes to heap
defer_variadic.go:55:9: ... argument does not escape
defer_variadic.go:61:10: leaking param: args
defer_variadic.go:61:5: func literal escapes to heap
defer_variadic.go:62:14: ... argument does not escape
defer_variadic.go:62:14: inlining call to fmt.Println
defer_variadic.go:62:15: "goroutine" escapes to heap
defer_variadic.go:62:15: args escapes to heap
defer_variadic.go:64:3: ... argument escapes to heap
defer_variadic.go:66:13: ... argument does not escape
defer_variadic.go:66:13: inlining call to fmt.Println
defer_variadic.go:66:14: "main done" escapes to heap
defer_variadic.go:66:14: x escapes to heap
