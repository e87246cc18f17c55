iface_struct_equality.go:11:23: P{...} does not escape
iface_struct_equality.go:12:23: P{...} does not escape
iface_struct_equality.go:13:23: Q{...} does not escape
iface_struct_equality.go:14:22: &P{...} does not escape
iface_struct_equality.go:15:22: &P{...} does not escape
iface_struct_equality.go:16:13: ... argument does not escape
iface_struct_equality.go:16:13: inlining call to fmt.Println
iface_struct_equality.go:16:16: a == b escapes to heap
iface_struct_equality.go:16:24: a == c escapes to heap
iface_struct_equality.go:16:32: d == e escapes to heap
iface_struct_equality.go:16:40: d == d escapes to heap
iface_struct_equality.go:17:13: ... argument does not escape
iface_struct_equality.go:17:13: inlining call to fmt.Println
iface_struct_equality.go:17:16: a == P{...} escapes to heap
iface_struct_equality.go:17:30: c != P{...} escapes to heap
iface_struct_equality.go:19:13: ... argument does not escape
iface_struct_equality.go:19:13: inlining call to fmt.Println
iface_struct_equality.go:19:17: n1 == n2 escapes to heap
iface_struct_equality.go:19:27: n1 == nil escapes to heap
iface_struct_equality.go:19:37: a != nil escapes to heap
iface_struct_equality.go:20:6: 3 does not escape
iface_struct_equality.go:21:6: int64(3) does not escape
iface_struct_equality.go:22:6: 3 does not escape
iface_struct_equality.go:23:13: ... argument does not escape
iface_struct_equality.go:23:13: inlining call to fmt.Println
iface_struct_equality.go:23:17: i1 == i2 escapes to heap
iface_struct_equality.go:23:27: i1 == i3 escapes to heap
iface_struct_equality.go:26:13: ... argument does not escape
iface_struct_equality.go:26:13: inlining call to fmt.Println
iface_struct_equality.go:26:17: s2 == nil escapes to heap
iface_struct_equality.go:27:25: 1 does not escape
iface_struct_equality.go:27:28: "x" does not escape
iface_struct_equality.go:28:25: 1 does not escape
iface_struct_equality.go:28:28: "x" does not escape
iface_struct_equality.go:29:13: ... argument does not escape
iface_struct_equality.go:29:13: inlining call to fmt.Println
iface_struct_equality.go:29:19: arr1 == arr2 escapes to heap
iface_struct_equality.go:31:13: ... argument does not escape
iface_struct_equality.go:31:13: inlining call to fmt.Println
iface_struct_equality.go:31:16: 1 does not escape
iface_struct_equality.go:31:19: W{...} == W{...} escapes to heap
iface_struct_equality.go:31:24: 1 does not escape
iface_struct_equality.go:31:30: "a" does not escape
iface_struct_equality.go:31:35: W{...} == W{...} escapes to heap
iface_struct_equality.go:31:40: 1 does not escape
iface_struct_equality.go:32:6: 0.0 does not escape
iface_struct_equality.go:33:6: -0.0 does not escape
iface_struct_equality.go:34:13: ... argument does not escape
iface_struct_equality.go:34:13: inlining call to fmt.Println
iface_struct_equality.go:34:17: f1 == f2 escapes to heap
iface_struct_equality.go:37:13: ... argument does not escape
iface_struct_equality.go:37:13: inlining call to fmt.Println
iface_struct_equality.go:37:17: e1 == e2 escapes to heap
