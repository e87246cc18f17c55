array_multidim_equality.go:47:2: 1 does not escape
array_multidim_equality.go:48:32: 1 does not escape
