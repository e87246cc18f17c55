bst_insert_walk.go:11:10: &Tree{...} escapes to heap
bst_insert_walk.go:24:21: visit does not escape
bst_insert_walk.go:24:7: leaking param: t
bst_insert_walk.go:33:7: t does not escape
bst_insert_walk.go:46:25: []int{...} does not escape
bst_insert_walk.go:49:12: can inline main.func1
bst_insert_walk.go:49:12: func literal does not escape
bst_insert_walk.go:49:17: t does not escape
bst_insert_walk.go:53:12: can inline main.func2
bst_insert_walk.go:53:12: func literal does not escape
bst_insert_walk.go:53:17: t does not escape
bst_insert_walk.go:9:7: leaking param: t
