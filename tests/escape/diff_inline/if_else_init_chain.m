if_else_init_chain.go:15:13: k does not escape
if_else_init_chain.go:15:6: can inline lookup
if_else_init_chain.go:26:25: []int{...} does not escape
if_else_init_chain.go:27:22: inlining call to classify
if_else_init_chain.go:29:28: []string{...} does not escape
if_else_init_chain.go:30:21: inlining call to lookup
if_else_init_chain.go:3:6: can inline classify
