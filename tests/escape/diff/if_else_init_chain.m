if_else_init_chain.go:15:13: k does not escape
if_else_init_chain.go:26:25: []int{...} does not escape
if_else_init_chain.go:29:28: []string{...} does not escape
