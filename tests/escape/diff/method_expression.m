method_expression.go:17:13: ... argument does not escape
method_expression.go:17:17: add(Point{...}, Point{...}) escapes to heap
method_expression.go:19:2: moved to heap: p
method_expression.go:21:13: ... argument does not escape
method_expression.go:21:13: p escapes to heap
method_expression.go:23:13: ... argument does not escape
method_expression.go:23:23: addViaPtr(&p, Point{...}) escapes to heap
method_expression.go:25:13: ... argument does not escape
method_expression.go:25:18: area(Sq(3)) escapes to heap
method_expression.go:25:21: Sq(3) escapes to heap
method_expression.go:26:12: ... argument does not escape
method_expression.go:27:12: ... argument does not escape
method_expression.go:28:35: []func(Point, Point) Point{...} does not escape
method_expression.go:29:13: ... argument does not escape
method_expression.go:29:20: ops[0](Point{}, Point{...}) escapes to heap
method_expression.go:8:7: p does not escape
