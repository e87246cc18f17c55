init_order_package_vars.go:10:16: inlining call to sum
init_order_package_vars.go:13:6: can inline f
init_order_package_vars.go:13:8: name does not escape
init_order_package_vars.go:18:10: xs does not escape
init_order_package_vars.go:18:6: can inline sum
init_order_package_vars.go:28:6: can inline init.0
init_order_package_vars.go:33:6: can inline init.1
init_order_package_vars.go:38:30: map[string]int{...} escapes to heap
init_order_package_vars.go:38:37: inlining call to f
init_order_package_vars.go:40:6: can inline main
init_order_package_vars.go:5:7: inlining call to f
init_order_package_vars.go:6:7: inlining call to f
