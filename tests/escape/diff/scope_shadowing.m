scope_shadowing.go:46:14: s does not escape
scope_shadowing.go:46:9: func literal does not escape
