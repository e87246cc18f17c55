panic_nested_unrecovered.go:14:8: func literal does not escape
panic_nested_unrecovered.go:15:8: "panic in deferred call" escapes to heap
panic_nested_unrecovered.go:18:13: value(3.5) escapes to heap
panic_nested_unrecovered.go:8:14: step does not escape
