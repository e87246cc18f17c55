scope_shadowing.go:11:6: inlining call to show
scope_shadowing.go:46:14: s does not escape
scope_shadowing.go:46:9: can inline main.func1
scope_shadowing.go:46:9: func literal does not escape
scope_shadowing.go:47:38: inlining call to main.func1
scope_shadowing.go:5:6: can inline show
