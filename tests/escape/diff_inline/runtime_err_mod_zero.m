runtime_err_mod_zero.go:11:19: ... argument does not escape
runtime_err_mod_zero.go:11:20: "deferred print runs before the crash report" escapes to heap
runtime_err_mod_zero.go:13:26: []int8{...} does not escape
runtime_err_mod_zero.go:14:14: ... argument does not escape
runtime_err_mod_zero.go:14:14: inlining call to fmt.Println
runtime_err_mod_zero.go:14:14: x escapes to heap
runtime_err_mod_zero.go:14:18: "%" escapes to heap
runtime_err_mod_zero.go:14:18: d escapes to heap
runtime_err_mod_zero.go:14:26: "=" escapes to heap
runtime_err_mod_zero.go:14:34: inlining call to rem
runtime_err_mod_zero.go:14:34: ~R0 escapes to heap
runtime_err_mod_zero.go:17:13: ... argument does not escape
runtime_err_mod_zero.go:17:13: inlining call to fmt.Println
runtime_err_mod_zero.go:17:14: "-128 % -1 =" escapes to heap
runtime_err_mod_zero.go:17:32: inlining call to rem
runtime_err_mod_zero.go:17:32: ~R0 escapes to heap
runtime_err_mod_zero.go:19:13: ... argument does not escape
runtime_err_mod_zero.go:19:13: inlining call to fmt.Println
runtime_err_mod_zero.go:19:17: inlining call to rem
runtime_err_mod_zero.go:19:17: ~R0 escapes to heap
runtime_err_mod_zero.go:20:13: ... argument does not escape
runtime_err_mod_zero.go:20:13: inlining call to fmt.Println
runtime_err_mod_zero.go:20:14: "not reached" escapes to heap
runtime_err_mod_zero.go:8:6: can inline rem
