panic_custom_error_value.go:13:6: can inline (*QueryError).Error
panic_custom_error_value.go:13:72: "query " + e.Query + ": " + e.Err.Error() escapes to heap
panic_custom_error_value.go:13:7: leaking param content: e
panic_custom_error_value.go:15:10: leaking param: q
panic_custom_error_value.go:17:9: &QueryError{...} escapes to heap
panic_custom_error_value.go:19:13: ... argument does not escape
panic_custom_error_value.go:19:13: inlining call to fmt.Println
panic_custom_error_value.go:19:14: "ran" escapes to heap
panic_custom_error_value.go:19:14: q escapes to heap
panic_custom_error_value.go:23:13: ... argument does not escape
panic_custom_error_value.go:23:13: inlining call to fmt.Println
panic_custom_error_value.go:23:14: "querying" escapes to heap
panic_custom_error_value.go:26:13: ... argument does not escape
panic_custom_error_value.go:26:13: inlining call to fmt.Println
panic_custom_error_value.go:26:14: "not reached" escapes to heap
