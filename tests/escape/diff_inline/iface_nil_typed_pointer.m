iface_nil_typed_pointer.go:14:6: can inline mayFail
iface_nil_typed_pointer.go:17:7: &MyErr{...} escapes to heap
iface_nil_typed_pointer.go:22:6: can inline correct
iface_nil_typed_pointer.go:24:10: &MyErr{...} escapes to heap
iface_nil_typed_pointer.go:30:14: &MyErr{...} escapes to heap
iface_nil_typed_pointer.go:30:14: inlining call to mayFail
iface_nil_typed_pointer.go:31:13: ... argument does not escape
iface_nil_typed_pointer.go:31:13: inlining call to fmt.Println
iface_nil_typed_pointer.go:31:16: e == nil escapes to heap
iface_nil_typed_pointer.go:31:31: e.Error() escapes to heap
iface_nil_typed_pointer.go:32:12: ... argument does not escape
iface_nil_typed_pointer.go:32:12: inlining call to fmt.Printf
iface_nil_typed_pointer.go:33:13: &MyErr{...} escapes to heap
iface_nil_typed_pointer.go:33:13: inlining call to correct
iface_nil_typed_pointer.go:34:13: ... argument does not escape
iface_nil_typed_pointer.go:34:13: inlining call to fmt.Println
iface_nil_typed_pointer.go:34:16: e == nil escapes to heap
iface_nil_typed_pointer.go:35:13: &MyErr{...} escapes to heap
iface_nil_typed_pointer.go:35:13: inlining call to mayFail
iface_nil_typed_pointer.go:36:13: ... argument does not escape
iface_nil_typed_pointer.go:36:13: inlining call to fmt.Println
iface_nil_typed_pointer.go:36:16: e == nil escapes to heap
iface_nil_typed_pointer.go:39:13: ... argument does not escape
iface_nil_typed_pointer.go:39:13: inlining call to fmt.Println
iface_nil_typed_pointer.go:39:16: i == nil escapes to heap
iface_nil_typed_pointer.go:39:35: i.(*MyErr) == nil escapes to heap
iface_nil_typed_pointer.go:41:13: ... argument does not escape
iface_nil_typed_pointer.go:41:13: inlining call to fmt.Println
iface_nil_typed_pointer.go:41:16: s == nil escapes to heap
iface_nil_typed_pointer.go:7:6: can inline (*MyErr).Error
iface_nil_typed_pointer.go:7:7: leaking param: e to result ~r0 level=1
