iface_assert_comma_ok.go:16:7: leaking param: p to result ~r0 level=0
iface_assert_comma_ok.go:17:7: p does not escape
iface_assert_comma_ok.go:21:49: "robot-" + strconv.Itoa(r.id) escapes to heap
iface_assert_comma_ok.go:21:7: r does not escape
iface_assert_comma_ok.go:24:19: []Named{...} does not escape
iface_assert_comma_ok.go:24:26: Person{...} escapes to heap
iface_assert_comma_ok.go:24:39: &Robot{...} escapes to heap
iface_assert_comma_ok.go:27:15: ... argument does not escape
iface_assert_comma_ok.go:27:22: t.Name() escapes to heap
iface_assert_comma_ok.go:27:26: "is" escapes to heap
iface_assert_comma_ok.go:27:37: a.Age() escapes to heap
iface_assert_comma_ok.go:29:15: ... argument does not escape
iface_assert_comma_ok.go:29:22: t.Name() escapes to heap
iface_assert_comma_ok.go:29:26: "has no age" escapes to heap
iface_assert_comma_ok.go:32:14: ... argument does not escape
iface_assert_comma_ok.go:32:15: " Person?" escapes to heap
iface_assert_comma_ok.go:32:15: ok escapes to heap
iface_assert_comma_ok.go:32:38: p.name == "" escapes to heap
iface_assert_comma_ok.go:34:14: ... argument does not escape
iface_assert_comma_ok.go:34:15: " *Robot?" escapes to heap
iface_assert_comma_ok.go:34:15: ok escapes to heap
iface_assert_comma_ok.go:34:33: r != nil escapes to heap
iface_assert_comma_ok.go:36:6: 42 escapes to heap
iface_assert_comma_ok.go:38:12: ... argument does not escape
iface_assert_comma_ok.go:38:13: ok escapes to heap
iface_assert_comma_ok.go:38:13: s escapes to heap
iface_assert_comma_ok.go:40:13: ... argument does not escape
iface_assert_comma_ok.go:40:13: n escapes to heap
iface_assert_comma_ok.go:40:13: ok escapes to heap
iface_assert_comma_ok.go:42:13: ... argument does not escape
iface_assert_comma_ok.go:42:13: ok escapes to heap
iface_assert_comma_ok.go:45:13: ... argument does not escape
iface_assert_comma_ok.go:45:14: "nil assert ok:" escapes to heap
iface_assert_comma_ok.go:45:14: ok escapes to heap
iface_assert_comma_ok.go:47:13: ... argument does not escape
iface_assert_comma_ok.go:47:13: n2 escapes to heap
iface_assert_comma_ok.go:48:28: Person{...} escapes to heap
iface_assert_comma_ok.go:50:13: ... argument does not escape
iface_assert_comma_ok.go:50:24: named.Name() escapes to heap
