iface_any_sum_type_switch.go:10:12: leaking param content: vals
iface_any_sum_type_switch.go:18:27: ... argument does not escape
iface_any_sum_type_switch.go:32:41: "stringer " + x.String() escapes to heap
iface_any_sum_type_switch.go:36:41: ... argument does not escape
iface_any_sum_type_switch.go:44:108: []int{} escapes to heap
iface_any_sum_type_switch.go:44:108: []int{} escapes to heap
iface_any_sum_type_switch.go:44:116: uint(4) escapes to heap
iface_any_sum_type_switch.go:44:23: []interface {}{...} does not escape
iface_any_sum_type_switch.go:44:24: 1 escapes to heap
iface_any_sum_type_switch.go:44:27: 2.5 escapes to heap
iface_any_sum_type_switch.go:44:39: Celsius(10) escapes to heap
iface_any_sum_type_switch.go:44:50: Money{...} escapes to heap
iface_any_sum_type_switch.go:44:57: &Money{...} escapes to heap
iface_any_sum_type_switch.go:44:77: "str" escapes to heap
iface_any_sum_type_switch.go:44:88: int8(7) escapes to heap
iface_any_sum_type_switch.go:44:98: int32(3) escapes to heap
iface_any_sum_type_switch.go:46:12: ... argument does not escape
iface_any_sum_type_switch.go:46:13: skipped escapes to heap
iface_any_sum_type_switch.go:46:13: t escapes to heap
iface_any_sum_type_switch.go:47:13: ... argument does not escape
iface_any_sum_type_switch.go:47:19: Money{...} escapes to heap
iface_any_sum_type_switch.go:47:27: &Money{...} escapes to heap
iface_any_sum_type_switch.go:8:52: ... argument does not escape
iface_any_sum_type_switch.go:8:72: m.cents / 100 escapes to heap
iface_any_sum_type_switch.go:8:85: m.cents % 100 escapes to heap
