method_on_named_types.go:10:54: ... argument does not escape
method_on_named_types.go:10:73: float64(c) escapes to heap
method_on_named_types.go:14:7: leaking param: w to result ~r0 level=1
method_on_named_types.go:18:18: leaking param: k
method_on_named_types.go:18:7: leaking param: s to result ~r0 level=0
method_on_named_types.go:19:18: k does not escape
method_on_named_types.go:19:7: s does not escape
method_on_named_types.go:23:7: f does not escape
method_on_named_types.go:28:7: b does not escape
method_on_named_types.go:31:13: ... argument does not escape
method_on_named_types.go:31:21: Celsius(21.55) escapes to heap
method_on_named_types.go:32:12: ... argument does not escape
method_on_named_types.go:32:34: Celsius(-3) escapes to heap
method_on_named_types.go:32:47: Celsius(0) escapes to heap
method_on_named_types.go:32:52: 5 escapes to heap
method_on_named_types.go:33:13: ... argument does not escape
method_on_named_types.go:33:19: Words{...} does not escape
method_on_named_types.go:33:39: Words.Join(Words{...}) escapes to heap
method_on_named_types.go:34:10: Set{} does not escape
method_on_named_types.go:36:13: ... argument does not escape
method_on_named_types.go:36:19: Set.Has(s, "x") escapes to heap
method_on_named_types.go:36:31: Set.Has(s, "z") escapes to heap
method_on_named_types.go:36:41: len(s) escapes to heap
method_on_named_types.go:37:12: func literal does not escape
method_on_named_types.go:38:13: ... argument does not escape
method_on_named_types.go:38:23: Op.Twice(inc, 1) escapes to heap
method_on_named_types.go:42:13: ... argument does not escape
method_on_named_types.go:42:13: b escapes to heap
method_on_named_types.go:42:22: Bits.Has(b, 4) escapes to heap
method_on_named_types.go:42:32: Bits.Has(b, 2) escapes to heap
method_on_named_types.go:43:20: []Celsius{...} escapes to heap
method_on_named_types.go:44:13: ... argument does not escape
method_on_named_types.go:44:13: temps escapes to heap
