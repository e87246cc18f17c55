panic_custom_error_recover.go:13:62: ... argument does not escape
panic_custom_error_recover.go:13:6: can inline (*ValidationError).Error
panic_custom_error_recover.go:13:7: leaking param content: e
panic_custom_error_recover.go:13:88: e.Field escapes to heap
panic_custom_error_recover.go:13:97: e.Code escapes to heap
panic_custom_error_recover.go:15:29: &errors.errorString{...} escapes to heap
panic_custom_error_recover.go:15:29: inlining call to errors.New
panic_custom_error_recover.go:20:9: &ValidationError{...} escapes to heap
panic_custom_error_recover.go:24:19: ... argument does not escape
panic_custom_error_recover.go:29:8: func literal does not escape
panic_custom_error_recover.go:35:20: ... argument does not escape
panic_custom_error_recover.go:43:25: []int{...} does not escape
panic_custom_error_recover.go:45:7: moved to heap: ve
panic_custom_error_recover.go:46:14: ... argument does not escape
panic_custom_error_recover.go:46:14: inlining call to fmt.Println
panic_custom_error_recover.go:46:14: n escapes to heap
panic_custom_error_recover.go:46:32: errors.Is(err, ErrSentinel) escapes to heap
panic_custom_error_recover.go:46:61: errors.As(err, &ve) escapes to heap
panic_custom_error_recover.go:48:15: ... argument does not escape
panic_custom_error_recover.go:48:15: inlining call to fmt.Println
panic_custom_error_recover.go:48:16: "  field" escapes to heap
panic_custom_error_recover.go:48:29: ve.Field escapes to heap
panic_custom_error_recover.go:48:37: "code" escapes to heap
panic_custom_error_recover.go:48:47: ve.Code escapes to heap
