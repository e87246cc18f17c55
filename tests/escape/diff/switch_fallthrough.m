switch_fallthrough.go:23:25: []int{...} does not escape
switch_fallthrough.go:47:14: func literal does not escape
switch_fallthrough.go:54:11: s + "cc" does not escape
