pointer_basics.go:11:2: moved to heap: x
pointer_basics.go:32:10: &node{...} escapes to heap
pointer_basics.go:38:10: new(node) does not escape
pointer_basics.go:45:12: []int{...} does not escape
pointer_basics.go:8:10: p does not escape
