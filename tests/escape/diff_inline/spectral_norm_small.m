spectral_norm_small.go:10:12: v does not escape
spectral_norm_small.go:10:15: out does not escape
spectral_norm_small.go:10:6: can inline mulAv
spectral_norm_small.go:14:10: inlining call to a
spectral_norm_small.go:20:13: v does not escape
spectral_norm_small.go:20:16: out does not escape
spectral_norm_small.go:20:6: can inline mulAtv
spectral_norm_small.go:24:10: inlining call to a
spectral_norm_small.go:30:14: v does not escape
spectral_norm_small.go:30:17: out does not escape
spectral_norm_small.go:30:22: tmp does not escape
spectral_norm_small.go:31:7: inlining call to a
spectral_norm_small.go:31:7: inlining call to mulAv
spectral_norm_small.go:32:8: inlining call to a
spectral_norm_small.go:32:8: inlining call to mulAtv
spectral_norm_small.go:36:25: []int{...} does not escape
spectral_norm_small.go:37:12: make([]float64, n) escapes to heap
spectral_norm_small.go:41:12: make([]float64, n) escapes to heap
spectral_norm_small.go:42:14: make([]float64, n) escapes to heap
spectral_norm_small.go:52:13: ... argument does not escape
spectral_norm_small.go:52:13: inlining call to fmt.Printf
spectral_norm_small.go:52:34: math.Sqrt(vBv / vv) escapes to heap
spectral_norm_small.go:8:6: can inline a
