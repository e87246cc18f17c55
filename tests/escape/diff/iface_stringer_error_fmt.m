iface_stringer_error_fmt.go:23:20: ... argument does not escape
iface_stringer_error_fmt.go:23:37: int(c) escapes to heap
iface_stringer_error_fmt.go:28:57: "not found: " + e.Key escapes to heap
iface_stringer_error_fmt.go:28:7: e does not escape
iface_stringer_error_fmt.go:36:13: ... argument does not escape
iface_stringer_error_fmt.go:36:14: Red escapes to heap
iface_stringer_error_fmt.go:36:19: Blue escapes to heap
iface_stringer_error_fmt.go:36:30: Color(7) escapes to heap
iface_stringer_error_fmt.go:37:12: ... argument does not escape
iface_stringer_error_fmt.go:37:30: Green escapes to heap
iface_stringer_error_fmt.go:37:37: Green escapes to heap
iface_stringer_error_fmt.go:37:44: Green escapes to heap
iface_stringer_error_fmt.go:37:51: Green escapes to heap
iface_stringer_error_fmt.go:38:15: []Color{...} escapes to heap
iface_stringer_error_fmt.go:39:13: ... argument does not escape
iface_stringer_error_fmt.go:39:13: cs escapes to heap
iface_stringer_error_fmt.go:40:20: map[Color]int{...} escapes to heap
iface_stringer_error_fmt.go:41:13: ... argument does not escape
iface_stringer_error_fmt.go:42:26: NotFound{...} escapes to heap
iface_stringer_error_fmt.go:43:13: ... argument does not escape
iface_stringer_error_fmt.go:44:12: ... argument does not escape
iface_stringer_error_fmt.go:45:13: ... argument does not escape
iface_stringer_error_fmt.go:45:18: Both{} escapes to heap
iface_stringer_error_fmt.go:46:23: ... argument does not escape
iface_stringer_error_fmt.go:47:13: ... argument does not escape
iface_stringer_error_fmt.go:47:46: errors.Unwrap(wrapped) == err escapes to heap
iface_stringer_error_fmt.go:52:12: ... argument does not escape
iface_stringer_error_fmt.go:52:26: S{...} escapes to heap
iface_stringer_error_fmt.go:52:40: S{...} escapes to heap
iface_stringer_error_fmt.go:53:7: &NotFound{...} escapes to heap
iface_stringer_error_fmt.go:54:13: ... argument does not escape
