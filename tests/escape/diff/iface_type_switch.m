iface_type_switch.go:10:7: c does not escape
iface_type_switch.go:12:15: leaking param: v
iface_type_switch.go:17:21: ... argument does not escape
iface_type_switch.go:19:27: "string of len " + fmt.Sprint(... argument...) escapes to heap
iface_type_switch.go:19:39: ... argument does not escape
iface_type_switch.go:19:43: len(x) escapes to heap
iface_type_switch.go:21:21: ... argument does not escape
iface_type_switch.go:21:41: len(x) escapes to heap
iface_type_switch.go:23:20: "error: " + x.Error() escapes to heap
iface_type_switch.go:25:21: ... argument does not escape
iface_type_switch.go:25:47: x.Area() escapes to heap
iface_type_switch.go:27:20: ... argument does not escape
iface_type_switch.go:27:21: "func returning " escapes to heap
iface_type_switch.go:27:41: x() escapes to heap
iface_type_switch.go:29:21: ... argument does not escape
iface_type_switch.go:31:21: ... argument does not escape
iface_type_switch.go:36:23: []interface {}{...} does not escape
iface_type_switch.go:36:29: 3 escapes to heap
iface_type_switch.go:36:37: int64(4) escapes to heap
iface_type_switch.go:36:42: "héllo" escapes to heap
iface_type_switch.go:36:57: []int{...} escapes to heap
iface_type_switch.go:36:57: []int{...} escapes to heap
iface_type_switch.go:37:15: &Circle{...} escapes to heap
iface_type_switch.go:37:33: Circle{...} escapes to heap
iface_type_switch.go:37:38: func literal escapes to heap
iface_type_switch.go:37:63: true escapes to heap
iface_type_switch.go:37:69: 2.5 escapes to heap
iface_type_switch.go:37:74: 'x' escapes to heap
iface_type_switch.go:37:7: Rect{...} escapes to heap
iface_type_switch.go:37:87: struct {}{} escapes to heap
iface_type_switch.go:39:14: ... argument does not escape
iface_type_switch.go:39:23: classify(v) escapes to heap
iface_type_switch.go:44:14: ... argument does not escape
iface_type_switch.go:44:15: "nil Shape" escapes to heap
iface_type_switch.go:49:14: ... argument does not escape
iface_type_switch.go:49:15: "stringer" escapes to heap
iface_type_switch.go:51:14: ... argument does not escape
iface_type_switch.go:51:15: "default for nil error" escapes to heap
