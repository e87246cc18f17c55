expr_tree_interfaces.go:25:67: ... argument does not escape
expr_tree_interfaces.go:25:75: float64(n) escapes to heap
expr_tree_interfaces.go:26:19: env does not escape
expr_tree_interfaces.go:26:7: v does not escape
expr_tree_interfaces.go:27:7: leaking param: v to result ~r0 level=0
expr_tree_interfaces.go:29:19: leaking param: env
expr_tree_interfaces.go:29:7: leaking param: b
expr_tree_interfaces.go:41:18: "bad op " + string(b.Op) escapes to heap
expr_tree_interfaces.go:41:26: string(b.Op) does not escape
expr_tree_interfaces.go:41:27: "bad op " + string(b.Op) escapes to heap
expr_tree_interfaces.go:43:100: "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")" escapes to heap
expr_tree_interfaces.go:43:72: string(b.Op) does not escape
expr_tree_interfaces.go:43:7: leaking param: b
expr_tree_interfaces.go:45:20: leaking param: env
expr_tree_interfaces.go:45:7: leaking param content: c
expr_tree_interfaces.go:55:7: leaking param content: c
expr_tree_interfaces.go:56:15: make([]string, len(c.Args)) escapes to heap
expr_tree_interfaces.go:60:48: c.Fn + "(" + strings.Join(parts, ", ") + ")" escapes to heap
expr_tree_interfaces.go:64:103: Num(4) escapes to heap
expr_tree_interfaces.go:64:19: Bin{...} escapes to heap
expr_tree_interfaces.go:64:28: Num(2) escapes to heap
expr_tree_interfaces.go:64:36: Var("x") escapes to heap
expr_tree_interfaces.go:64:48: Call{...} escapes to heap
expr_tree_interfaces.go:64:62: []Expr{...} escapes to heap
expr_tree_interfaces.go:64:66: Var("y") escapes to heap
expr_tree_interfaces.go:64:76: Num(3) escapes to heap
expr_tree_interfaces.go:64:84: Bin{...} escapes to heap
expr_tree_interfaces.go:64:93: Var("x") escapes to heap
expr_tree_interfaces.go:65:42: []map[string]float64{...} does not escape
expr_tree_interfaces.go:65:43: map[string]float64{...} escapes to heap
expr_tree_interfaces.go:65:62: map[string]float64{...} escapes to heap
expr_tree_interfaces.go:65:81: map[string]float64{} escapes to heap
expr_tree_interfaces.go:66:13: ... argument does not escape
expr_tree_interfaces.go:66:14: e escapes to heap
expr_tree_interfaces.go:66:36: Bin.Eval(e, env) escapes to heap
expr_tree_interfaces.go:68:25: []Expr{...} escapes to heap
expr_tree_interfaces.go:68:29: Num(5) escapes to heap
expr_tree_interfaces.go:68:37: Bin{...} escapes to heap
expr_tree_interfaces.go:68:46: Num(1) escapes to heap
expr_tree_interfaces.go:68:54: Num(3) escapes to heap
expr_tree_interfaces.go:69:13: ... argument does not escape
expr_tree_interfaces.go:69:13: m escapes to heap
expr_tree_interfaces.go:69:17: "=" escapes to heap
expr_tree_interfaces.go:69:28: Call.Eval(m, nil) escapes to heap
expr_tree_interfaces.go:70:6: Num(1) does not escape
expr_tree_interfaces.go:72:13: ... argument does not escape
expr_tree_interfaces.go:72:13: isBin escapes to heap
