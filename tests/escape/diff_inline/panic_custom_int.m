panic_custom_int.go:11:9: n escapes to heap
panic_custom_int.go:18:8: func literal does not escape
panic_custom_int.go:21:8: Code(7) escapes to heap
panic_custom_int.go:23:7: inlining call to risky
panic_custom_int.go:23:7: n escapes to heap
panic_custom_int.go:24:7: inlining call to risky
panic_custom_int.go:24:7: n escapes to heap
panic_custom_int.go:9:6: can inline risky
