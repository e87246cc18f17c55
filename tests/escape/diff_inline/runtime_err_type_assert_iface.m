runtime_err_type_assert_iface.go:11:6: can inline (*Sq).Area
runtime_err_type_assert_iface.go:11:7: q does not escape
runtime_err_type_assert_iface.go:14:22: &Sq{...} escapes to heap
runtime_err_type_assert_iface.go:15:13: ... argument does not escape
runtime_err_type_assert_iface.go:15:13: inlining call to fmt.Println
runtime_err_type_assert_iface.go:15:28: v.(Shape).Area() escapes to heap
runtime_err_type_assert_iface.go:16:2: Sq{...} escapes to heap
runtime_err_type_assert_iface.go:18:14: ... argument does not escape
runtime_err_type_assert_iface.go:18:14: inlining call to fmt.Println
runtime_err_type_assert_iface.go:18:15: "Sq (value) is not a Shape" escapes to heap
runtime_err_type_assert_iface.go:21:13: ... argument does not escape
runtime_err_type_assert_iface.go:21:13: inlining call to fmt.Println
runtime_err_type_assert_iface.go:21:21: sh.Area() escapes to heap
runtime_err_type_assert_iface.go:22:13: ... argument does not escape
runtime_err_type_assert_iface.go:22:13: inlining call to fmt.Println
runtime_err_type_assert_iface.go:22:14: "not reached" escapes to heap
