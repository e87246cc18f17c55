defer_named_results.go:15:8: func literal does not escape
defer_named_results.go:17:20: ... argument does not escape
defer_named_results.go:26:8: can inline wrapErr.func1
defer_named_results.go:26:8: func literal does not escape
defer_named_results.go:28:20: ... argument does not escape
defer_named_results.go:31:19: &errors.errorString{...} escapes to heap
defer_named_results.go:31:19: inlining call to errors.New
defer_named_results.go:34:17: moved to heap: c
defer_named_results.go:36:9: can inline counter.func1
defer_named_results.go:36:9: func literal escapes to heap
defer_named_results.go:43:8: can inline unnamed.func1
defer_named_results.go:43:8: func literal does not escape
defer_named_results.go:48:13: ... argument does not escape
defer_named_results.go:48:13: inlining call to fmt.Println
defer_named_results.go:48:20: double() escapes to heap
defer_named_results.go:49:13: ... argument does not escape
defer_named_results.go:49:13: .autotmp_0 escapes to heap
defer_named_results.go:49:13: inlining call to fmt.Println
defer_named_results.go:50:13: ... argument does not escape
defer_named_results.go:50:13: .autotmp_2 escapes to heap
defer_named_results.go:50:13: inlining call to fmt.Println
defer_named_results.go:51:13: ... argument does not escape
defer_named_results.go:51:13: inlining call to fmt.Println
defer_named_results.go:52:13: ... argument does not escape
defer_named_results.go:52:13: inlining call to fmt.Println
defer_named_results.go:52:21: counter() escapes to heap
defer_named_results.go:53:13: ... argument does not escape
defer_named_results.go:53:13: inlining call to fmt.Println
defer_named_results.go:53:21: unnamed() escapes to heap
defer_named_results.go:9:8: can inline double.func1
defer_named_results.go:9:8: func literal does not escape
