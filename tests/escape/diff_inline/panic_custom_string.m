panic_custom_string.go:10:8: "something bad happened" escapes to heap
panic_custom_string.go:12:13: ... argument does not escape
panic_custom_string.go:12:13: inlining call to fmt.Println
panic_custom_string.go:12:14: "valid" escapes to heap
panic_custom_string.go:12:14: n escapes to heap
panic_custom_string.go:16:19: ... argument does not escape
panic_custom_string.go:16:20: "deferred 1" escapes to heap
panic_custom_string.go:17:8: can inline main.func1
panic_custom_string.go:17:8: func literal does not escape
panic_custom_string.go:18:14: ... argument does not escape
panic_custom_string.go:18:14: inlining call to fmt.Println
panic_custom_string.go:18:15: "deferred 2 sees no recover" escapes to heap
panic_custom_string.go:23:13: ... argument does not escape
panic_custom_string.go:23:13: inlining call to fmt.Println
panic_custom_string.go:23:14: "not reached" escapes to heap
