switch_fallthrough.go:23:25: []int{...} does not escape
switch_fallthrough.go:24:19: inlining call to grade
switch_fallthrough.go:3:6: can inline grade
switch_fallthrough.go:47:14: can inline main.func1
switch_fallthrough.go:47:68: inlining call to main.func1
switch_fallthrough.go:54:11: s + "cc" does not escape
