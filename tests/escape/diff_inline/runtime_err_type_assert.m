runtime_err_type_assert.go:13:6: "a string" does not escape
runtime_err_type_assert.go:15:13: ... argument does not escape
runtime_err_type_assert.go:15:13: inlining call to fmt.Println
runtime_err_type_assert.go:15:13: s escapes to heap
runtime_err_type_assert.go:16:13: ... argument does not escape
runtime_err_type_assert.go:16:13: inlining call to fmt.Println
runtime_err_type_assert.go:16:20: inlining call to double
runtime_err_type_assert.go:16:20: ~R0 escapes to heap
runtime_err_type_assert.go:16:21: 21 does not escape
runtime_err_type_assert.go:18:14: ... argument does not escape
runtime_err_type_assert.go:18:14: inlining call to fmt.Println
runtime_err_type_assert.go:18:15: "comma-ok form does not panic" escapes to heap
runtime_err_type_assert.go:20:13: inlining call to double
runtime_err_type_assert.go:21:13: ... argument does not escape
runtime_err_type_assert.go:21:13: inlining call to fmt.Println
runtime_err_type_assert.go:21:13: n escapes to heap
runtime_err_type_assert.go:22:13: ... argument does not escape
runtime_err_type_assert.go:22:13: inlining call to fmt.Println
runtime_err_type_assert.go:22:14: "not reached" escapes to heap
runtime_err_type_assert.go:8:13: v does not escape
runtime_err_type_assert.go:8:6: can inline double
