method_value_bound.go:12:24: who does not escape
method_value_bound.go:12:69: string(g) + ", " + who escapes to heap
method_value_bound.go:12:7: g does not escape
method_value_bound.go:15:7: &Counter{} does not escape
method_value_bound.go:16:10: c.Inc does not escape
method_value_bound.go:19:13: ... argument does not escape
method_value_bound.go:19:15: c.n escapes to heap
method_value_bound.go:19:22: inc() escapes to heap
method_value_bound.go:21:10: v.Get does not escape
method_value_bound.go:23:13: ... argument does not escape
method_value_bound.go:23:17: get() escapes to heap
method_value_bound.go:23:26: Counter.Get(v) escapes to heap
method_value_bound.go:24:11: v.Inc does not escape
method_value_bound.go:26:13: ... argument does not escape
method_value_bound.go:26:15: v.n escapes to heap
method_value_bound.go:28:8: g.Greet does not escape
method_value_bound.go:30:13: ... argument does not escape
method_value_bound.go:30:15: f("bob") escapes to heap
method_value_bound.go:30:31: Greeter.Greet(g, "bob") escapes to heap
method_value_bound.go:31:20: []func() int{...} does not escape
method_value_bound.go:31:22: c.Inc does not escape
method_value_bound.go:31:29: c.Get does not escape
method_value_bound.go:33:13: ... argument does not escape
method_value_bound.go:33:19: fs[0]() escapes to heap
method_value_bound.go:33:28: fs[1]() escapes to heap
method_value_bound.go:34:6: myStr("S") escapes to heap
method_value_bound.go:35:10: s.String does not escape
method_value_bound.go:36:13: ... argument does not escape
method_value_bound.go:36:17: str() escapes to heap
method_value_bound.go:41:62: "myStr(" + string(m) + ")" escapes to heap
method_value_bound.go:41:7: m does not escape
method_value_bound.go:7:7: c does not escape
