panic_nested_unrecovered.go:14:8: can inline work.func1
panic_nested_unrecovered.go:14:8: func literal does not escape
panic_nested_unrecovered.go:15:8: "panic in deferred call" escapes to heap
panic_nested_unrecovered.go:18:13: inlining call to value
panic_nested_unrecovered.go:18:13: ~R0 escapes to heap
panic_nested_unrecovered.go:6:6: can inline value
panic_nested_unrecovered.go:8:14: step does not escape
panic_nested_unrecovered.go:8:6: can inline cleanup
