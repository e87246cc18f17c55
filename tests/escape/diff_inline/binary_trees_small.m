binary_trees_small.go:12:7: n does not escape
binary_trees_small.go:7:10: &Node{} escapes to heap
binary_trees_small.go:9:9: &Node{...} escapes to heap
