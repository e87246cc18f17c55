init_order_package_vars.go:13:8: name does not escape
init_order_package_vars.go:18:10: xs does not escape
init_order_package_vars.go:38:30: map[string]int{...} escapes to heap
