const_untyped_mixed_exprs.go:25:6: can inline main
const_untyped_mixed_exprs.go:33:22: string(r) does not escape
